// Form handling shared by every action: origin + CSRF checks, then zod parsing into
// per-field errors. Schemas use message keys (e.g. "form.required") as error messages so
// the page renders them in the reader's language.
import { json } from "@remix-run/node";
import { z } from "zod";
import type { Authed } from "./auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "./csrf.server.ts";

export const CSRF_FIELD = "csrf";

/** Reads a form after checking it came from our origin and, when signed in, our session. */
export async function readForm(request: Request, authed: Authed | null): Promise<FormData> {
  if (!isSameOrigin(request)) throw new Response("Cross-origin form rejected", { status: 403 });
  const form = await readFormBody(request);
  if (authed && !isValidCsrfToken(authed.sessionId, form.get(CSRF_FIELD))) {
    throw json({ formError: "form.csrf" as const, fieldErrors: {} }, { status: 403 });
  }
  return form;
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The body as a form, or a clear 415 (JSON, text, no type) or 400 (truncated or malformed)
 * instead of the parser's exception becoming a 500.
 */
export async function readFormBody(request: Request): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) throw json({ formError: "form.unsupportedBody" as const, fieldErrors: {} }, { status: 415 });
  try {
    return await request.formData();
  } catch {
    throw json({ formError: "form.malformedBody" as const, fieldErrors: {} }, { status: 400 });
  }
}

export type FieldErrors = Record<string, string>;

/** One message per field (the first), keyed by the top-level field name. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    errors[field] ??= issue.message;
  }
  return errors;
}

export function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== CSRF_FIELD) out[key] = value;
  return out;
}

/**
 * Parses a form with a schema; on failure the action returns 400 with per-field messages
 * (`badRequest({ fieldErrors, values })`). The one way every action reads a form: `input` is the
 * form as the schema wants it when that is not the plain field → string map (lists, several
 * forms' fields, a draft merged with the post); `values` are the posted strings to refill the form.
 */
export function parseFormWith<S extends z.ZodType>(form: FormData, schema: S, input?: unknown) {
  const values = formToObject(form);
  const result = schema.safeParse(input === undefined ? values : input);
  if (result.success) return { ok: true as const, data: result.data as z.infer<S>, values };
  return { ok: false as const, values, fieldErrors: toFieldErrors(result.error) };
}

/**
 * The intent of a form with several buttons (`name="intent"`), or a thrown 400 with a message on
 * the `intent` field when it is none of `intents` (a tampered or stale page: the buttons the
 * page renders always send one). `fallback` is the intent of a form posted without one (the
 * page's main form, or Enter in a text field).
 */
export function parseIntent<const T extends readonly [string, ...string[]]>(form: FormData, intents: T, fallback?: T[number]): T[number] {
  const raw = form.get("intent");
  const parsed = z.enum(intents).safeParse(raw === null && fallback !== undefined ? fallback : raw);
  if (parsed.success) return parsed.data;
  throw json({ ok: false as const, fieldErrors: { intent: UNKNOWN_ACTION }, formError: UNKNOWN_ACTION }, { status: 400 });
}
const UNKNOWN_ACTION = "guidance.err.unknownAction";

/** An optional free-text note on a decision (trimmed; empty is null), at most 2,000 characters. */
export const optionalNoteField = z
  .string()
  .trim()
  .max(2000, "support.err.tooLong")
  .optional()
  .transform((v) => v || null);

/**
 * A `CheckboxField`: it posts a hidden "false" and, when ticked, "true" after it (the last value
 * wins in `formToObject`); "on" and "1" come from plain checkboxes and scripts.
 */
export const checkboxField = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

/** Route params in the common shape: one id (a cuid, a uuid or a seeded slug-like id). */
export const IdParamsSchema = z.object({ id: z.string().min(1).max(64) });

/**
 * Route params through a schema. A param that does not fit names nothing that exists, so the
 * answer is a thrown 404 (never a 500 from a query given a strange value).
 */
export function parseParams<S extends z.ZodType>(params: Record<string, string | undefined>, schema: S): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data as z.infer<S>;
}

/**
 * A form field that names one row (an id in a hidden input), or a thrown 404 when it is missing
 * or could not be an id: the row it names does not exist.
 */
export function formId(form: FormData, field: string): string {
  const parsed = IdParamsSchema.shape.id.safeParse(form.get(field));
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data;
}

/**
 * The query string through a schema, first value of each key (anything else in the URL is
 * ignored), with the result shaped like `parseFormWith`'s. Give the schema `.catch()` defaults
 * where a bad value should fall back quietly (a filter link), and plain rules where the page
 * answers 400 with per-field messages.
 */
export function parseSearchParams<S extends z.ZodType>(request: Request, schema: S) {
  const values: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) values[key] ??= value;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true as const, data: result.data as z.infer<S>, values };
  return { ok: false as const, values, fieldErrors: toFieldErrors(result.error) };
}

export function badRequest(body: { fieldErrors: FieldErrors; values?: Record<string, string>; formError?: string }) {
  return json({ ...body, ok: false as const }, { status: 400 });
}

/** Splits a textarea/comma list ("a, b\nc") into trimmed unique values. */
export function splitList(value: string | undefined | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(/[\n,，;；、]+/)
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/** The success reply of a form action, shaped like a failure so pages read one type. */
export function formOk() {
  return json({
    ok: true as const,
    fieldErrors: {} as FieldErrors,
    values: undefined as Record<string, string> | undefined,
    formError: undefined as string | undefined,
  });
}
