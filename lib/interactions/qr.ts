// QR images of survey links and poster links. The QR encodes only the URL.
import QRCode from "qrcode";

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** A PNG for print: `width` pixels wide (A6 at 300 dpi is ~1240 px; A4 posters scale the SVG). */
export function qrPng(text: string, width = 1024): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: 2, width });
}
