// Broadsheet audio player: enhances <audio controls> inside [data-player] with accessible
// controls. Without this script the native controls stay. Loaded as a module, so it runs once
// however many players the page includes.

const pad = (n) => String(n).padStart(2, "0");

export function formatTime(value) {
  const total = Math.max(0, Math.floor(Number.isFinite(value) ? value : 0));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

function setUpPlayer(root) {
  const audio = root.querySelector("[data-player-audio]");
  const controls = root.querySelector("[data-player-controls]");
  if (!audio || !controls || root.dataset.playerReady) return;
  root.dataset.playerReady = "true";

  const toggle = controls.querySelector("[data-player-toggle]");
  const toggleLabel = controls.querySelector("[data-player-toggle-label]");
  const toggleIcon = toggle.querySelector("use");
  const seek = controls.querySelector("[data-player-seek]");
  const elapsed = controls.querySelector("[data-player-elapsed]");
  const durationText = controls.querySelector("[data-player-duration]");
  const mute = controls.querySelector("[data-player-mute]");
  const muteIcon = mute.querySelector("use");
  const speed = controls.querySelector("[data-player-speed]");
  const { labelPlay, labelPause, labelOf } = controls.dataset;
  let duration = Number(audio.dataset.duration) || 0;
  let seeking = false;

  audio.removeAttribute("controls");
  audio.hidden = true;
  controls.hidden = false;

  const knownDuration = () =>
    Number.isFinite(audio.duration) && audio.duration > 0 ? audio.duration : duration;

  const showPosition = () => {
    const now = audio.currentTime;
    elapsed.textContent = formatTime(now);
    if (!seeking) seek.value = String(Math.floor(now));
    seek.setAttribute("aria-valuetext", `${formatTime(now)} ${labelOf} ${formatTime(knownDuration())}`);
  };

  const showPlaying = () => {
    const playing = !audio.paused && !audio.ended;
    toggleLabel.textContent = playing ? labelPause : labelPlay;
    toggleIcon.setAttribute("href", playing ? "#icon-pause" : "#icon-play");
    root.classList.toggle("is-playing", playing);
  };

  const jumpTo = (seconds) => {
    const end = knownDuration();
    audio.currentTime = Math.min(Math.max(seconds, 0), end || seconds);
    showPosition();
  };

  toggle.addEventListener("click", () => {
    if (audio.paused || audio.ended) {
      audio.play().catch(() => showPlaying());
    } else {
      audio.pause();
    }
  });
  controls.querySelectorAll("[data-player-skip]").forEach((button) => {
    button.addEventListener("click", () => jumpTo(audio.currentTime + Number(button.dataset.playerSkip)));
  });
  seek.addEventListener("input", () => {
    seeking = true;
    elapsed.textContent = formatTime(Number(seek.value));
  });
  seek.addEventListener("change", () => {
    seeking = false;
    jumpTo(Number(seek.value));
  });
  mute.addEventListener("click", () => {
    audio.muted = !audio.muted;
  });
  speed.addEventListener("change", () => {
    audio.playbackRate = Number(speed.value);
    audio.defaultPlaybackRate = Number(speed.value);
  });

  audio.addEventListener("loadedmetadata", () => {
    if (Number.isFinite(audio.duration) && audio.duration > 0) {
      duration = audio.duration;
      seek.max = String(Math.floor(duration));
      durationText.textContent = formatTime(duration);
    }
    showPosition();
  });
  audio.addEventListener("timeupdate", showPosition);
  audio.addEventListener("seeked", showPosition);
  audio.addEventListener("play", showPlaying);
  audio.addEventListener("pause", showPlaying);
  audio.addEventListener("ended", showPlaying);
  audio.addEventListener("volumechange", () => {
    mute.setAttribute("aria-pressed", String(audio.muted));
    muteIcon.setAttribute("href", audio.muted ? "#icon-muted" : "#icon-volume");
  });
  audio.addEventListener("ratechange", () => {
    speed.value = String(audio.playbackRate);
  });
}

// Starting one player pauses every other one on the page (native ones included).
document.addEventListener(
  "play",
  (event) => {
    document.querySelectorAll("audio").forEach((other) => {
      if (other !== event.target && !other.paused) other.pause();
    });
  },
  true,
);

document.querySelectorAll("[data-player]").forEach(setUpPlayer);
