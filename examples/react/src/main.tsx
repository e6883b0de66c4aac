import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryClient, type Viewer } from '@kindred/core';
import { KinKudosReactions, KinProvider, KinReportButton } from '@kindred/react';
import type {} from '@kindred/react/jsx';

const viewer: Viewer = { id: 'u-ana', name: 'Ana' };
const client = createMemoryClient({ viewer, seed: { reactions: { 'post-1': { thanks: 2 } } } });

function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <KinProvider client={client} viewer={viewer}>
      <main>
        <h1>Kindred in React</h1>
        <article>
          <p>Three months sober today. Thank you all for the late-night replies.</p>
          {/* The @kindred/react components: typed props, and each kin-* event as a callback. */}
          <KinKudosReactions subject="post-1" onKinReactionChange={(event) => note(`${event.reaction} ${event.on ? 'given' : 'taken back'}`)} />
          <KinReportButton
            subject="post-1"
            subjectType="post"
            authorId="u-sam"
            authorName="Sam"
            onKinReportSubmitted={(event) => note(`report ${event.detail.status}`)}
          />
        </article>
        <article>
          <p>Does anyone have tips for the first week back at work?</p>
          {/* The plain tag in React 19: properties set, events listened to by their own names. */}
          <kin-kudos-reactions subject="post-2" context="distress" onkin-reaction-change={(event) => note(`plain tag: ${event.reaction}`)} />
        </article>
        <h2>What the app heard</h2>
        <ul aria-label="What the app heard">
          {log.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </main>
    </KinProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
