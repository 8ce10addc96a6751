import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLabel, useLanguageName } from "~/components/search-labels.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getExpertProfileForUser } from "~/models/expert.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUserWithRole(request, "expert");
  const profile = await getExpertProfileForUser(await getDb(), user.id);
  return json({ name: user.name, profile });
}

export default function ExpertHome() {
  const { name, profile } = useLoaderData<typeof loader>();
  const t = useT();
  const label = useLabel();
  const languageName = useLanguageName();
  // Codes in the reader's language: 专利, 美国, 光伏, 英语 — not patent, US, photovoltaic, en.
  const tags = profile
    ? [
        ...profile.ipTypes.map((x) => label("ipTypes", x)),
        ...profile.jurisdictions.map((x) => label("jurisdiction", x)),
        ...profile.industries.map((x) => label("industries", x)),
        ...profile.languages.map((x) => languageName(x)),
      ]
    : [];
  return (
    <>
      <h1>{t("home.expert.title")}</h1>
      <p>{t("home.welcome", { name })}</p>
      {profile ? (
        <section className="card">
          <h2>{t("home.expert.expertise")}</h2>
          <p>
            {profile.displayNameZh}
            {profile.organisation ? ` · ${profile.organisation}` : ""}
            {profile.title ? ` · ${profile.title}` : ""}
          </p>
          <ul className="tags">
            {tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
          <p>
            {t("home.expert.capacity")}: {profile.capacity}
          </p>
        </section>
      ) : null}
      <section className="card">
        <h2>{t("nav.assignments")}</h2>
        <Link to="/expert/assignments">{t("nav.assignments")} →</Link>
      </section>
    </>
  );
}

export const meta = titleMeta("home.expert.title");
