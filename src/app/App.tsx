// The app: the exercise list, or one exercise, chosen by the URL fragment.
import { lazy, Suspense, use, useEffect, useMemo, useState } from "react";
import { findExercise, type CatalogEntry } from "./catalog";
import type { DecodedCode } from "./share-link";
import { useHashRoute } from "./hooks/use-hash-route";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ExerciseList } from "./components/ExerciseList";
import { judgeClient } from "./judge/judge-session";
import { UpdateBanner } from "./offline/UpdateBanner";

// The editor and its styles load only with an exercise.
const ExerciseView = lazy(() => import("./components/ExerciseView"));

/** Bumped on every navigation, so a new link to the same exercise opens afresh. */
function useNavigationCount(): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const bump = () => setN((x) => x + 1);
    window.addEventListener("hashchange", bump);
    return () => window.removeEventListener("hashchange", bump);
  }, []);
  return n;
}

export function App() {
  return (
    <>
      <Page />
      <UpdateBanner />
    </>
  );
}

function Page() {
  const route = useHashRoute();
  const navigation = useNavigationCount();
  // Start the judge once the page has settled: its workers warm up while the user reads.
  // (An exercise page starts it at once, for its examples.)
  useEffect(() => {
    const t = setTimeout(() => void judgeClient(), 2000);
    return () => clearTimeout(t);
  }, []);

  if (route.page === "exercise") {
    const entry = findExercise(route.id);
    if (entry) {
      return (
        <ErrorBoundary key={`${route.id}#${navigation}`}>
          <Suspense fallback={<div className="page-loading">Loading the editor…</div>}>
            <ExercisePage entry={entry} shared={route.shared} />
          </Suspense>
        </ErrorBoundary>
      );
    }
    return <ExerciseList notice={`There is no exercise called "${route.id}". Pick one from the list.`} />;
  }
  return <ExerciseList />;
}

/** Waits for the exercise's statement and starter (a small chunk each), then shows it. */
function ExercisePage({ entry, shared }: { entry: CatalogEntry; shared?: DecodedCode }) {
  const texts = use(entry.texts());
  const opened = useMemo(() => ({ meta: entry.meta, ...texts }), [entry, texts]);
  return <ExerciseView entry={opened} shared={shared} />;
}
