import { defineConfig, loadEnv } from 'vite';

// Each portal is its own HTML entry so the backend can serve `/<portal>/` as
// `dist/<portal>/index.html` without client-side routing.
const pages = ['signin', 'ehojo', 'botame', 'policy', 'bill', 'participation', 'open', 'ops'];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', '');
  return {
    base: '/',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // KRDS repeats each icon URL in many rules; inlining would copy every SVG dozens of times.
      assetsInlineLimit: 0,
      // Vite 8's name for rollupOptions (same shape; rollupOptions is a deprecated alias).
      rolldownOptions: {
        input: {
          home: 'index.html',
          ...Object.fromEntries(pages.map((p) => [p, `${p}/index.html`])),
        },
      },
    },
    server: {
      // `npm run dev` talks to a locally running function app; LOFIN_API overrides where.
      proxy: { '/api': env.LOFIN_API || 'http://localhost:7071' },
    },
  };
});
