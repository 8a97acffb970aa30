// Notification emails in the five customer-facing locales. Short: what happened, where, the
// comment if any, one link straight to it, and how to mute. "{name}" placeholders are filled
// by lib/notifications/email.ts (HTML-escaped in the HTML part).
import type { Locale } from "../orgs/schema";
import type { NotificationKind } from "./kinds";

export type EmailStrings = {
  subject: Record<NotificationKind, string>;
  lead: Record<NotificationKind, string>;
  action: Record<NotificationKind, string>;
  footer: string;
};

export const EMAIL_STRINGS: Record<Locale, EmailStrings> = {
  en: {
    subject: {
      "followup.opened": "Unhappy customer at {touchpoint} (NPS {nps})",
      "followup.escalated": "Follow-up overdue at {touchpoint}",
      kudos: "A customer praised you at {touchpoint}",
    },
    lead: {
      "followup.opened": "A customer at {touchpoint} scored {nps}/10.",
      "followup.escalated": "A case from {touchpoint} (NPS {nps}) has been open for more than {hours} hours.",
      kudos: "A customer at {touchpoint} scored {nps}/10 and wrote:",
    },
    action: {
      "followup.opened": "Open the case",
      "followup.escalated": "Open the case",
      kudos: "See it in your feed",
    },
    footer: "From {org} on Ensemble. Mute this kind in your settings: {settings}",
  },
  ja: {
    subject: {
      "followup.opened": "{touchpoint}でご不満のお客様（NPS {nps}）",
      "followup.escalated": "{touchpoint}のフォローアップが期限を過ぎています",
      kudos: "{touchpoint}でお客様からお褒めの言葉",
    },
    lead: {
      "followup.opened": "{touchpoint}のお客様が{nps}/10と評価しました。",
      "followup.escalated": "{touchpoint}のケース（NPS {nps}）が{hours}時間以上未解決です。",
      kudos: "{touchpoint}のお客様が{nps}/10と評価し、コメントを残しました：",
    },
    action: {
      "followup.opened": "ケースを開く",
      "followup.escalated": "ケースを開く",
      kudos: "フィードで見る",
    },
    footer: "Ensemble（{org}）からの通知です。設定でこの種類の通知をオフにできます：{settings}",
  },
  de: {
    subject: {
      "followup.opened": "Unzufriedener Kunde bei {touchpoint} (NPS {nps})",
      "followup.escalated": "Nachverfolgung überfällig bei {touchpoint}",
      kudos: "Lob von einem Kunden bei {touchpoint}",
    },
    lead: {
      "followup.opened": "Ein Kunde bei {touchpoint} hat {nps}/10 vergeben.",
      "followup.escalated": "Ein Fall von {touchpoint} (NPS {nps}) ist seit mehr als {hours} Stunden offen.",
      kudos: "Ein Kunde bei {touchpoint} hat {nps}/10 vergeben und geschrieben:",
    },
    action: {
      "followup.opened": "Fall öffnen",
      "followup.escalated": "Fall öffnen",
      kudos: "Im Feed ansehen",
    },
    footer: "Von {org} über Ensemble. In den Einstellungen stummschalten: {settings}",
  },
  ru: {
    subject: {
      "followup.opened": "Недовольный клиент: {touchpoint} (NPS {nps})",
      "followup.escalated": "Обращение просрочено: {touchpoint}",
      kudos: "Клиент похвалил вас: {touchpoint}",
    },
    lead: {
      "followup.opened": "Клиент в точке «{touchpoint}» поставил {nps}/10.",
      "followup.escalated": "Обращение из точки «{touchpoint}» (NPS {nps}) открыто более {hours} ч.",
      kudos: "Клиент в точке «{touchpoint}» поставил {nps}/10 и написал:",
    },
    action: {
      "followup.opened": "Открыть обращение",
      "followup.escalated": "Открыть обращение",
      kudos: "Посмотреть в ленте",
    },
    footer: "От {org} в Ensemble. Отключить такие уведомления можно в настройках: {settings}",
  },
  fi: {
    subject: {
      "followup.opened": "Tyytymätön asiakas: {touchpoint} (NPS {nps})",
      "followup.escalated": "Seuranta myöhässä: {touchpoint}",
      kudos: "Asiakas kehui sinua: {touchpoint}",
    },
    lead: {
      "followup.opened": "Asiakas kohteessa {touchpoint} antoi arvosanan {nps}/10.",
      "followup.escalated": "Tapaus kohteesta {touchpoint} (NPS {nps}) on ollut auki yli {hours} tuntia.",
      kudos: "Asiakas kohteessa {touchpoint} antoi arvosanan {nps}/10 ja kirjoitti:",
    },
    action: {
      "followup.opened": "Avaa tapaus",
      "followup.escalated": "Avaa tapaus",
      kudos: "Katso syötteestä",
    },
    footer: "Organisaatiolta {org} Ensemblen kautta. Mykistä tämä ilmoitus asetuksissa: {settings}",
  },
};
