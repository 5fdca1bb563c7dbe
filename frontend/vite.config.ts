import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * Fails the build when a JavaScript chunk grows past the budget (the main chunk above all: it is what
 * every first visit downloads). Vite only warns; a warning nobody reads is how it grew to 720 kB.
 */
function chunkBudget(limitBytes: number): Plugin {
  return {
    name: 'chunk-budget',
    generateBundle(_options, bundle) {
      const size = (code: string) => new TextEncoder().encode(code).length
      const over = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' && size(output.code) > limitBytes ? [`${output.fileName} (${Math.round(size(output.code) / 1000)} kB)`] : [],
      )
      if (over.length > 0) {
        this.error(`Chunks over the ${limitBytes / 1000} kB budget: ${over.join(', ')}. Load more of the app lazily.`)
      }
    },
  }
}

// The backend (Spring Boot, port 8080) owns the session, login and CSRF cookie. During `npm run dev`
// these paths are proxied to it; cookies are per host, not per port, so a session started on
// localhost:8080 is also sent to the dev server on localhost:5173.
const backend = 'http://localhost:8080'
const backendPaths = ['/api', '/oauth2', '/login', '/logout']

export default defineConfig({
  plugins: [react(), chunkBudget(500_000)],
  resolve: {
    // "@/…" → src/…, from tsconfig.json's "paths"
    tsconfigPaths: true,
  },
  build: {
    // Packaged by Maven as classpath:/static/ in the inkopsstod-frontend jar.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(backendPaths.map((path) => [path, { target: backend }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
