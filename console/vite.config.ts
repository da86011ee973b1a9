import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The gateway serves dist/ at the root of console.govsite.localhost; hashed files under
// assets/ get a year of cache, index.html is revalidated on every load.
export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('node_modules') ? (id.includes('element-plus') ? 'element-plus' : 'vendor') : undefined),
      },
    },
  },
  server: {
    // `npm run dev`: the API and the console config come from a running gateway.
    proxy: {
      '/api': { target: 'http://console.govsite.localhost:18080', changeOrigin: false },
      '/console-config.json': { target: 'http://console.govsite.localhost:18080' },
    },
  },
})
