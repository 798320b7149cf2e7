// Saved pages link external stylesheets and scripts; happy-dom must not report each one it does not load.
const happyDOM = (globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } })
  .happyDOM;
if (happyDOM) happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
