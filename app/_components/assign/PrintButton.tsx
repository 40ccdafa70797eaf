'use client';

export default function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="pill primary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
