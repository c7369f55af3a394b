// Broadsheet video player: enhances <video controls> inside [data-video-player] with the audio
// player's controls (same classes, labels and keys) plus volume, captions and full screen.
// Without this script the native controls play the MP4. The adaptive stream is played natively
// where the browser can, else through the vendored hls.js, loaded only when needed.

const pad = (n) => String(n).padStart(2, "0");

function formatTime(value) {
  const total = Math.max(0, Math.floor(Number.isFinite(value) ? value : 0));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

const HLS_TYPE = "application/vnd.apple.mpegurl";

async function attachStream(root, video) {
  const source = root.dataset.hls;
  if (!source) return "mp4";
  if (video.canPlayType(HLS_TYPE)) {
    video.src = source;
    return "native-hls";
  }
  try {
    const { default: Hls } = await import(root.dataset.hlsJs);
    if (!Hls.isSupported()) return "mp4";
    // hls.js feeds the element through Media Source, in place of the MP4.
    const fallback = video.getAttribute("src") || "";
    video.removeAttribute("src");
    video.load();
    video.preload = "auto";
    const hls = new Hls({ capLevelToPlayerSize: true });
    root.hls = hls; // for the browser tests: levels, currentLevel
    // A page taking the player away (a live channel's slate) stops the stream's loading.
    root.addEventListener("video:detach", () => hls.destroy(), { once: true });
    await new Promise((resolve) => {
      hls.once(Hls.Events.MANIFEST_PARSED, resolve);
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        hls.destroy();
        root.hls = null;
        video.src = fallback;
        root.dataset.engine = "mp4";
        resolve();
      });
      hls.once(Hls.Events.MEDIA_ATTACHED, () => hls.loadSource(source));
      hls.attachMedia(video);
    });
    return root.dataset.engine === "mp4" ? "mp4" : "hls.js";
  } catch {
    return "mp4";
  }
}

function setUpPlayer(root) {
  const video = root.querySelector("[data-video]");
  const controls = root.querySelector("[data-video-controls]");
  if (!video || !controls || root.dataset.playerReady) return;
  root.dataset.playerReady = "true";

  const $ = (selector) => controls.querySelector(selector);
  const toggle = $("[data-video-toggle]");
  const toggleLabel = $("[data-video-toggle-label]");
  const toggleIcon = toggle.querySelector("use");
  const seek = $("[data-video-seek]");
  const elapsed = $("[data-video-elapsed]");
  const durationText = $("[data-video-duration]");
  const mute = $("[data-video-mute]");
  const muteIcon = mute.querySelector("use");
  const volume = $("[data-video-volume]");
  const captions = $("[data-video-captions]");
  const speed = $("[data-video-speed]");
  const fullscreen = $("[data-video-fullscreen]");
  const fullscreenLabel = $("[data-video-fullscreen-label]");
  const fullscreenIcon = fullscreen.querySelector("use");
  const { labelPlay, labelPause, labelOf, labelFullscreen, labelExitFullscreen } = controls.dataset;
  let duration = Number(video.dataset.duration) || 0;
  let seeking = false;
  let streamReady = null;

  video.removeAttribute("controls");
  controls.hidden = false;
  root.classList.add("is-enhanced");

  const knownDuration = () =>
    Number.isFinite(video.duration) && video.duration > 0 ? video.duration : duration;

  const showPosition = () => {
    const now = video.currentTime;
    elapsed.textContent = formatTime(now);
    if (!seeking) seek.value = String(Math.floor(now));
    seek.setAttribute("aria-valuetext", `${formatTime(now)} ${labelOf} ${formatTime(knownDuration())}`);
  };

  const showPlaying = () => {
    const playing = !video.paused && !video.ended;
    toggleLabel.textContent = playing ? labelPause : labelPlay;
    toggleIcon.setAttribute("href", playing ? "#icon-pause" : "#icon-play");
    root.classList.toggle("is-playing", playing);
  };

  const jumpTo = (seconds) => {
    const end = knownDuration();
    video.currentTime = Math.min(Math.max(seconds, 0), end || seconds);
    showPosition();
  };

  // The edition's own captions (selected in the markup) until the reader picks others; "c"
  // brings back the last ones shown.
  let lastCaptions = captions ? captions.value || (captions.options[1] || {}).value || "" : "";
  const showCaptions = (language) => {
    if (language) lastCaptions = language;
    Array.from(video.textTracks).forEach((track) => {
      track.mode = language && track.language === language ? "showing" : "disabled";
    });
    if (captions) captions.value = language;
  };

  const play = async () => {
    // The stream is attached on the first play, so pages with many videos load no playlist.
    if (!streamReady) {
      const time = video.currentTime;
      streamReady = attachStream(root, video).then((engine) => {
        root.dataset.engine = engine;
        if (time) video.currentTime = time;
      });
    }
    await streamReady;
    return video.play();
  };

  const togglePlay = () => {
    if (video.paused || video.ended) {
      play().catch(() => showPlaying());
    } else {
      video.pause();
    }
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      document.exitFullscreen().catch(() => {});
    } else if (root.requestFullscreen) {
      root.requestFullscreen().catch(() => {});
    }
  };

  toggle.addEventListener("click", togglePlay);
  video.addEventListener("click", togglePlay);
  seek.addEventListener("input", () => {
    seeking = true;
    elapsed.textContent = formatTime(Number(seek.value));
  });
  seek.addEventListener("change", () => {
    seeking = false;
    jumpTo(Number(seek.value));
  });
  mute.addEventListener("click", () => {
    video.muted = !video.muted;
  });
  volume.addEventListener("input", () => {
    video.volume = Number(volume.value);
    video.muted = video.volume === 0;
  });
  speed.addEventListener("change", () => {
    video.playbackRate = Number(speed.value);
    video.defaultPlaybackRate = Number(speed.value);
  });
  if (captions) {
    captions.addEventListener("change", () => showCaptions(captions.value));
    showCaptions(captions.value);
  }
  fullscreen.addEventListener("click", toggleFullscreen);
  document.addEventListener("fullscreenchange", () => {
    const full = document.fullscreenElement === root;
    fullscreen.setAttribute("aria-pressed", String(full));
    fullscreenLabel.textContent = full ? labelExitFullscreen : labelFullscreen;
    fullscreenIcon.setAttribute("href", full ? "#icon-compress" : "#icon-expand");
    root.classList.toggle("is-fullscreen", full);
  });

  // Keys while focus is in the player (not in a menu or slider, which keep their own keys).
  root.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    const inField = target.matches("select, input");
    const key = event.key.toLowerCase();
    const rtl = getComputedStyle(root).direction === "rtl";
    if (key === "k" || (key === " " && !inField && target.tagName !== "BUTTON")) {
      togglePlay();
    } else if (!inField && (key === "arrowleft" || key === "arrowright")) {
      const forward = (key === "arrowright") !== rtl;
      jumpTo(video.currentTime + (forward ? 5 : -5));
    } else if (key === "m") {
      video.muted = !video.muted;
    } else if (key === "f") {
      toggleFullscreen();
    } else if (key === "c" && captions) {
      showCaptions(captions.value ? "" : lastCaptions);
    } else {
      return;
    }
    event.preventDefault();
  });

  video.addEventListener("loadedmetadata", () => {
    if (Number.isFinite(video.duration) && video.duration > 0) {
      duration = video.duration;
      seek.max = String(Math.floor(duration));
      durationText.textContent = formatTime(duration);
    }
    if (captions) showCaptions(captions.value);
    showPosition();
  });
  video.addEventListener("timeupdate", showPosition);
  video.addEventListener("seeked", showPosition);
  video.addEventListener("play", showPlaying);
  video.addEventListener("pause", showPlaying);
  video.addEventListener("ended", showPlaying);
  video.addEventListener("volumechange", () => {
    mute.setAttribute("aria-pressed", String(video.muted));
    muteIcon.setAttribute("href", video.muted ? "#icon-muted" : "#icon-volume");
    volume.value = String(video.muted ? 0 : video.volume);
  });
  video.addEventListener("ratechange", () => {
    speed.value = String(video.playbackRate);
  });
}

// Starting any video or audio pauses every other one on the page (native ones included).
document.addEventListener(
  "play",
  (event) => {
    document.querySelectorAll("audio, video").forEach((other) => {
      if (other !== event.target && !other.paused) other.pause();
    });
  },
  true,
);

document.querySelectorAll("[data-video-player]").forEach(setUpPlayer);
// Players added later (a live channel's player, back after its slate) ask to be set up.
document.addEventListener("video:setup", (event) => {
  event.target.querySelectorAll("[data-video-player]").forEach(setUpPlayer);
});
