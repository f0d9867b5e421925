// Static export: the app needs no server at run time and loads nothing from outside
// its own origin (Monaco and its workers are bundled, no web fonts).
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  trailingSlash: true,
  images: { unoptimized: true },
  // Types are checked by `npm run typecheck` (a step of `npm test`), over the whole repo.
  typescript: { ignoreBuildErrors: true },
  transpilePackages: ['monaco-editor', 'monaco-yaml'],
};

export default nextConfig;
