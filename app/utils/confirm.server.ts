// The server half of components/confirm-check.tsx: an action that is hard to undo runs only
// when the form carries the ticked confirm box (a crafted or scripted post without it is refused).
export const CONFIRM_REQUIRED = "confirm.required";

export function isConfirmed(form: FormData): boolean {
  return form.get("confirm") === "yes";
}
