import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code that opens `url`, drawn as SVG so it stays sharp at any size (a projector's wall). */
export function QrCode({
  url,
  label,
  className,
  size,
}: {
  url: string;
  label: string;
  className: string;
  size: number;
}) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (text) => live && setSvg(text),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return null;
  return (
    <img
      className={className}
      src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
      alt={label}
      width={size}
      height={size}
    />
  );
}
