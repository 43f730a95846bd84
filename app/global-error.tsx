'use client';

import '@/components/ui/ui.css';

// Replaces the whole document when even the layout fails; no translations are available
// here, so the message is given in Swedish and English.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="sv" dir="ltr">
      <body>
        <main className="ak-width-container ak-main" id="main-content">
          <h1>Något gick fel hos oss</h1>
          <p>Inget av det du har sparat har försvunnit. Försök igen om några minuter.</p>
          <div lang="en">
            <h2>Sorry, something went wrong on our side</h2>
            <p>Nothing you have saved is lost. Please try again in a few minutes.</p>
          </div>
          <button type="button" className="ak-button" onClick={() => reset()}>
            Försök igen / Try again
          </button>
        </main>
      </body>
    </html>
  );
}
