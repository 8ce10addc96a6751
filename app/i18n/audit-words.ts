// The audit log in the reader's words (issue 13): an action code such as
// "guidance-request.under-review" or "escalation.acknowledged" becomes "应对指导申请：状态变为「审查中」"
// or "应对指导申请：分中心已接收". The code itself stays available as a title for support, never as
// the visible text. Pure: takes a translator, no React.
import type { MessageKey, Translate } from "./i18n.ts";
import { zh } from "./messages.ts";

function known(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

export function auditEntityText(t: Translate, entity: string): string {
  const key = `audit.entityName.${entity}`;
  return known(key) ? t(key) : t("audit.entityName.other");
}

/** The state a code names, when it is one of the guidance request's states. */
function stateText(t: Translate, code: string): string | null {
  const key = `guidance.state.${code}`;
  return known(key) ? t(key) : null;
}

export function auditActionText(t: Translate, action: string, entity: string): string {
  const whole = `audit.action.${action}`;
  if (known(whole)) return t(whole);
  // "<entity-ish prefix>.<verb or state>": the prefix is usually the entity, sometimes a more
  // specific one ("escalation.…", "advice.…" are logged on the guidance request).
  const dot = action.indexOf(".");
  const prefix = dot > 0 ? action.slice(0, dot) : entity;
  const rest = dot > 0 ? action.slice(dot + 1) : action;
  const prefixKey = `audit.entityName.${prefix}`;
  const subject = known(prefixKey) ? t(prefixKey) : auditEntityText(t, entity);
  const verbKey = `audit.verb.${rest}`;
  if (known(verbKey)) return t("audit.action.composed", { entity: subject, verb: t(verbKey) });
  const state = stateText(t, rest);
  if (state) return t("audit.action.composed", { entity: subject, verb: t("audit.verb.state", { state }) });
  return t("audit.action.other", { entity: subject });
}

export function auditFieldText(t: Translate, field: string): string {
  const key = `audit.field.${field}`;
  return known(key) ? t(key) : t("audit.field.other");
}

/** Fields whose values are codes with a state's name. */
const STATE_FIELDS = new Set(["state", "status", "from", "to"]);

/**
 * A coded value in words, or null when the value is not a code the catalogue knows (then it
 * is data someone typed: a name, a note, an address, shown as it is and marked as data).
 */
export function auditCodedValueText(t: Translate, field: string, value: string): string | null {
  if (STATE_FIELDS.has(field)) {
    const state = stateText(t, value);
    if (state) return state;
    const verbKey = `audit.verb.${value}`;
    if (known(verbKey)) return t(verbKey);
  }
  return null;
}
