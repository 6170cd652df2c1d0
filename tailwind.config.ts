import type { Config } from 'tailwindcss';

// Tailwind v4 reads this file only through `@config` in src/app/styles.css.
export default {
  darkMode: 'class',
  theme: {
    extend: {
      fontFamily: { sans: ['Inter', 'system-ui', 'sans-serif'] },
    },
  },
} satisfies Config;
