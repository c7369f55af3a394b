// Video transcoding state in the admin (listing and edit view): while a video on the page waits
// or transcodes, ask the status endpoint every two seconds and rewrite its badge in place.
(() => {
  const EVERY_MS = 2000;
  const UNFINISHED = new Set(["pending", "processing"]);

  const unfinished = () =>
    Array.from(document.querySelectorAll("[data-video-status]")).filter((badge) =>
      UNFINISHED.has(badge.dataset.state),
    );

  async function poll() {
    const badges = unfinished();
    if (!badges.length) return;
    const url = new URL(badges[0].dataset.statusUrl, window.location.href);
    new Set(badges.map((badge) => badge.dataset.videoStatus)).forEach((id) =>
      url.searchParams.append("id", id),
    );
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (response.ok) {
        const { videos } = await response.json();
        const answered = new Set(videos.map((video) => String(video.id)));
        // A video deleted meanwhile is not asked about again.
        badges.forEach((badge) => {
          if (!answered.has(badge.dataset.videoStatus)) badge.dataset.state = "gone";
        });
        videos.forEach((video) => {
          document.querySelectorAll(`[data-video-status="${video.id}"]`).forEach((badge) => {
            badge.dataset.state = video.status;
            badge.dataset.progress = String(video.progress);
            if (badge.textContent !== video.label) badge.textContent = video.label;
          });
        });
      }
    } catch {
      // Offline for a moment: the next round tries again.
    }
    window.setTimeout(poll, EVERY_MS);
  }

  const start = () => window.setTimeout(poll, EVERY_MS);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
