// A live channel's screen: the video player while the stream runs, the slate when it fails.
// The player (video/player.js) is the site's one player; this script watches it. A fatal
// error, the end of the stream or a stall while playing brings up the slate and stops the
// stream; every few seconds the playlist is fetched again, and once it moves on (the encoder
// is writing again) the player comes back, playing if it was.

function setUpChannel(screen) {
  const holder = screen.querySelector("[data-channel-player]");
  const template = screen.querySelector("template[data-channel-player-template]");
  const slate = screen.querySelector("[data-channel-slate]");
  if (!holder || !template || !slate) return;
  const playlist = screen.dataset.playlist;
  const stallMs = (Number(screen.dataset.stallSeconds) || 10) * 1000;
  const retryMs = (Number(screen.dataset.retrySeconds) || 20) * 1000;
  let watching = false; // the reader pressed play
  let lastTime = 0;
  let lastProgress = Date.now();
  let seen = null; // the playlist as it was when the slate came up
  let retryTimer = null;

  const fetchPlaylist = async () => {
    try {
      const response = await fetch(playlist, { cache: "no-store" });
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  };

  const showSlate = () => {
    if (holder.hidden) return;
    const player = holder.querySelector("[data-video-player]");
    if (player) player.dispatchEvent(new CustomEvent("video:detach"));
    const video = holder.querySelector("video");
    if (video) {
      video.pause();
      video.removeAttribute("src");
      video.load();
    }
    holder.replaceChildren();
    holder.hidden = true;
    slate.hidden = false;
    screen.dataset.state = "slate";
    fetchPlaylist().then((text) => {
      seen = text;
    });
    scheduleRetry();
  };

  const showPlayer = () => {
    holder.replaceChildren(template.content.cloneNode(true));
    holder.hidden = false;
    slate.hidden = true;
    screen.dataset.state = "playing";
    holder.dispatchEvent(new CustomEvent("video:setup", { bubbles: true }));
    watch();
    if (watching) {
      const toggle = holder.querySelector("[data-video-toggle]");
      if (toggle) toggle.click();
    }
  };

  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(async () => {
      const text = await fetchPlaylist();
      const moving = text && text.includes("#EXTINF") && !text.includes("#EXT-X-ENDLIST");
      if (moving && text !== seen) {
        showPlayer();
      } else {
        if (text) seen = text;
        scheduleRetry();
      }
    }, retryMs);
  };

  const watch = () => {
    const video = holder.querySelector("video");
    if (!video) return;
    lastProgress = Date.now();
    video.addEventListener("play", () => {
      watching = true;
      lastProgress = Date.now();
    });
    video.addEventListener("pause", () => {
      if (!holder.hidden && document.contains(video) && !video.ended) watching = false;
    });
    video.addEventListener("timeupdate", () => {
      if (video.currentTime !== lastTime) {
        lastTime = video.currentTime;
        lastProgress = Date.now();
      }
    });
    video.addEventListener("ended", showSlate);
    video.addEventListener("error", () => {
      if (video.getAttribute("src")) showSlate();
    });
  };

  setInterval(() => {
    const video = holder.querySelector("video");
    if (holder.hidden || !video || video.paused || !watching) return;
    if (Date.now() - lastProgress > stallMs) showSlate();
  }, 1000);

  if (holder.hidden) {
    // The server found the stream down: look again until it runs.
    screen.dataset.state = "slate";
    scheduleRetry();
  } else {
    screen.dataset.state = "playing";
    watch();
  }
}

document.querySelectorAll("[data-channel]").forEach(setUpChannel);
