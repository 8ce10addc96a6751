// The confirm step before an action that is hard to undo (disabling a user or a source,
// deleting a calendar day): a required checkbox in the form itself, so it works without
// JavaScript (the browser will not submit it unticked) and the server refuses the action
// without it (utils/confirm.server.ts).
export function ConfirmCheck({ label, id, ariaLabel }: { label: string; id?: string; ariaLabel?: string }) {
  return (
    <label className="confirm-check" htmlFor={id}>
      <input type="checkbox" name="confirm" value="yes" required id={id} aria-label={ariaLabel} /> {label}
    </label>
  );
}
