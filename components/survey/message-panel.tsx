// A full-width message (thank-you, queued, already answered, expired, not found).
import type { ReactNode } from "react";
import { Icon, type IconName } from "./icons";

export function MessagePanel(props: {
  id?: string;
  icon: IconName;
  title: string;
  body?: ReactNode;
  sub?: ReactNode;
  hidden?: boolean;
  tone?: "ok" | "warn";
  children?: ReactNode;
}) {
  return (
    <section
      id={props.id}
      className={props.tone === "warn" ? "panel warn" : "panel"}
      hidden={props.hidden}
      aria-labelledby={props.id ? `${props.id}-t` : undefined}
    >
      <div className="icon">
        <Icon name={props.icon} />
      </div>
      <h1 id={props.id ? `${props.id}-t` : undefined} tabIndex={-1}>
        {props.title}
      </h1>
      {props.body ? <p>{props.body}</p> : null}
      {props.sub ? <p className="sub">{props.sub}</p> : null}
      {props.children}
    </section>
  );
}
