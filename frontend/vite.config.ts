import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// The backend (Spring Boot, port 8080) owns the session, login and CSRF cookie. During `npm run dev`
// these paths are proxied to it; cookies are per host, not per port, so a session started on
// localhost:8080 is also sent to the dev server on localhost:5173.
const backend = 'http://localhost:8080'
const backendPaths = ['/api', '/oauth2', '/login', '/logout']

export default defineConfig({
  plugins: [react()],
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
