import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./app/styles.css";
import { recoverInterruptedRun } from "./app/judge/judge-session";
import { startServiceWorker } from "./app/offline/service-worker";

recoverInterruptedRun();
startServiceWorker();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
