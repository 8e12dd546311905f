// The dashboard's entry: the layout, and which view each URL shows. Search and article views load
// at once (the first page must be fast); dyad, actor and map views, with their charting, network
// and map libraries, load on first use.
import { render, type ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { installLinkInterception, useLocation, type Location } from "./router.js";
import { ArticleView } from "./views/article.js";
import { SearchView } from "./views/search.js";
import "./styles.css";

type View = ComponentType<{ loc: Location; params: string[] }>;

function lazyView(load: () => Promise<View>): View {
  let loaded: View | null = null;
  return function Lazy(props) {
    const [view, setView] = useState<View | null>(loaded);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (!loaded) {
        load().then(
          (v) => setView(() => (loaded = v)),
          (e: Error) => setError(e.message),
        );
      }
    }, []);
    if (error) return <p class="error">Could not load this view: {error}</p>;
    if (!view) return <p class="loading">Loading…</p>;
    const V = view;
    return <V {...props} />;
  };
}

const DyadView = lazyView(() => import("./views/dyad.js").then((m) => m.DyadView));
const ActorView = lazyView(() => import("./views/actor.js").then((m) => m.ActorView));
const MapView = lazyView(() => import("./views/map.js").then((m) => m.MapView));

const ROUTES: [RegExp, View, string][] = [
  [/^\/(?:search)?$/, SearchView, "search"],
  [/^\/article\/([^/]+)$/, ArticleView, "article"],
  [/^\/dyad(?:\/([^/]+)\/([^/]+))?$/, DyadView, "dyad"],
  [/^\/actor(?:\/([^/]+))?$/, ActorView, "actor"],
  [/^\/map$/, MapView, "map"],
];

function NotFound() {
  return (
    <section class="panel">
      <h1>Not found</h1>
      <p>
        No view at this address. <a href="/search">Search articles</a>.
      </p>
    </section>
  );
}

function App() {
  const loc = useLocation();
  const match = ROUTES.map(([re, view, name]) => [re.exec(loc.path), view, name] as const).find(([m]) => m);
  const [m, View, name] = match ?? [null, NotFound, ""];
  const params = m ? m.slice(1).map((p) => (p == null ? "" : decodeURIComponent(p))) : [];
  useEffect(() => {
    document.title = name ? `sitrep · ${name}` : "sitrep";
  }, [name]);
  const nav = (to: string, label: string, key: string) => (
    <a href={to} class={name === key ? "active" : ""} aria-current={name === key ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <header class="top">
        <a class="brand" href="/search">
          sitrep
        </a>
        <nav>
          {nav("/search", "Search", "search")}
          {nav("/dyad", "Dyads", "dyad")}
          {nav("/actor", "Actors", "actor")}
          {nav("/map", "Map", "map")}
          <a href="/api/openapi.json">API</a>
        </nav>
      </header>
      <main>
        <View loc={loc} params={params} />
      </main>
    </>
  );
}

installLinkInterception();
render(<App />, document.getElementById("app")!);
