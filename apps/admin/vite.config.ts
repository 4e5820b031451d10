import { defineConfig } from 'vite';

/** The gateway the dev server and `vite preview` forward /graphql and /auth to (same origin for the browser). */
const gateway = process.env.BT_GATEWAY_ORIGIN ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': gateway, '/auth': gateway };

export default defineConfig(({ mode }) => ({
  root: __dirname,
  // libraries branch on process.env.NODE_ENV (React's production build, react-admin's developer hints)
  define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'production' ? 'production' : 'development') },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: mode !== 'production' } },
  server: { port: 4200, strictPort: true, proxy },
  preview: { port: 4200, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // MUI marks its modules "use client" for server components; meaningless in a browser bundle
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
}));
