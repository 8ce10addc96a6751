// What the root loader gives every page (language, CSRF token, the signed-in user), typed
// here so hooks and components read it without importing root.tsx (that import was a loop:
// root.tsx → error-page → use-t → root.tsx).
import type { Locale } from "./locale.ts";

export interface RootData {
  locale: Locale;
  demo: boolean;
  csrf: string | null;
  user: { id: string; name: string; email: string; role: string } | null;
  unread: number;
}
