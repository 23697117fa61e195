import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig, type Connect, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { statementHtml } from "./src/app/statement/statement-html-plugin";

/**
 * Content-Security-Policy. Connections go to the app's own origin only, so code opened
 * from a link cannot send anything anywhere.
 *
 * - `page`: the HTML document. Needs no eval: user code never runs on the page.
 * - `worker`: worker scripts, which take their policy from their own response, not
 *   from the page. User code runs in a sandbox worker through `new Function`
 *   ('unsafe-eval'); tfjs compiles WebAssembly ('wasm-unsafe-eval').
 * Monaco sets inline styles. In dev, Vite's React refresh preamble is an inline script.
 */
export function contentSecurityPolicy(kind: "page" | "worker", dev = false): string {
  const script = kind === "worker" ? "'self' 'unsafe-eval' 'wasm-unsafe-eval'" : `'self'${dev ? " 'unsafe-inline'" : ""}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join("; ");
}

/** The page policy as a meta tag too, for static hosts that send no headers. */
function cspMetaTag(): Plugin {
  let dev = false;
  return {
    name: "tensorkata-csp-meta",
    configResolved(config) {
      dev = config.command === "serve";
    },
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy("page", dev) }, injectTo: "head-prepend" },
    ],
  };
}

/** Sends the policy as a header from the dev and preview servers: the page's for documents, the workers' for scripts. */
function cspHeaders(): Plugin {
  const middleware = (dev: boolean): Connect.NextHandleFunction => (req, res, next) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const isDocument = path === "/" || path.endsWith(".html") || req.headers["sec-fetch-dest"] === "document";
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(isDocument ? "page" : "worker", dev));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    next();
  };
  return {
    name: "tensorkata-csp-headers",
    configureServer: (server) => void server.middlewares.use(middleware(true)),
    configurePreviewServer: (server) => void server.middlewares.use(middleware(false)),
  };
}

/**
 * The service worker precaches every file of the build (the page, each exercise's chunks,
 * Monaco and its workers, tfjs and its WebAssembly), so that after one visit the app works
 * with the network off. A new version waits for the user's reload (see src/app/offline/).
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: "prompt",
    injectRegister: false,
    includeAssets: ["icon.svg"],
    manifest: {
      name: "tensorkata",
      short_name: "tensorkata",
      description: "Practise the ML coding round in your browser: write TypeScript, run it against examples and hidden tests.",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: "#2f6fde",
      icons: [
        { src: "icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{html,js,css,wasm,ttf,woff2,svg,png,webmanifest}"],
      // The TypeScript language worker alone is about 7 MB; everything must be there offline.
      maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      navigateFallback: "index.html",
      cleanupOutdatedCaches: true,
    },
  });
}

/** The release label shown in the app: the package version, or TENSORKATA_RELEASE when set. */
const release = process.env.TENSORKATA_RELEASE || (JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string }).version;

export default defineConfig({
  plugins: [statementHtml(), react(), cspMetaTag(), cspHeaders(), offline()],
  define: { __APP_RELEASE__: JSON.stringify(release) },
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 8000 },
});
