import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Chartwright — build a Helm chart step by step',
  description: 'A wizard that builds a real Helm chart and shows exactly what helm template prints.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
