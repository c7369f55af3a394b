// Live pages: poll the page's updates endpoint while the coverage is live, keep new posts
// aside and announce them with an "N new posts" button (aria-live polite), so that the page
// never moves under the reader; edited posts are replaced and deleted ones removed in place.
(function () {
  "use strict";
  const root = document.querySelector("[data-live-updates]");
  if (!root) return;
  const list = document.getElementById("live-posts");
  const button = root.querySelector(".live-new__button");
  const labels = JSON.parse(root.dataset.liveLabels || "[]");
  const url = root.dataset.liveUpdates;
  const interval = Math.max(1, Number(root.dataset.liveInterval) || 10) * 1000;
  let cursor = root.dataset.liveCursor || "0";
  let reloadNeeded = false;
  let timer = null;
  const pending = new Map();
  const timeline = document.querySelector(".live-timeline");
  const pinnedBox = document.querySelector(".live-pinned");

  function fromHTML(html) {
    const holder = document.createElement("template");
    holder.innerHTML = html.trim();
    return holder.content.firstElementChild;
  }

  function render() {
    const count = pending.size;
    if (reloadNeeded) {
      button.textContent = root.dataset.liveReload;
    } else if (count) {
      button.textContent = labels[Math.min(count, labels.length) - 1];
    }
    button.hidden = !(count || reloadNeeded);
  }

  // The key events timeline, newest first: a post's entry is put in place, replaced or
  // removed as the post arrives, changes or goes.
  function placeInTimeline(id, html) {
    if (!timeline) return;
    const list = timeline.querySelector("ol");
    const old = document.getElementById("timeline-" + id);
    if (old) old.remove();
    if (html) {
      const entry = fromHTML(html);
      const when = Date.parse(entry.querySelector("time").getAttribute("datetime"));
      const later = Array.from(list.children).find(function (item) {
        return Date.parse(item.querySelector("time").getAttribute("datetime")) < when;
      });
      list.insertBefore(entry, later || null);
    }
    timeline.hidden = list.children.length === 0;
  }

  // Pinned posts, newest first, above the stream: a copy of each (the post itself stays in
  // the stream), put in place, replaced or removed as the post arrives, changes or goes.
  function placePinned(post) {
    if (!pinnedBox) return;
    const old = pinnedBox.querySelector('[data-pinned-copy="' + post.id + '"]');
    if (old) old.remove();
    if (post.pinned) {
      const copy = fromHTML(post.html);
      for (const name of ["id", "data-post-id", "tabindex", "aria-current"]) {
        copy.removeAttribute(name);
      }
      copy.dataset.pinnedCopy = String(post.id);
      const when = Date.parse(post.time);
      const later = Array.from(pinnedBox.children).find(function (item) {
        return Date.parse(item.querySelector("time").getAttribute("datetime")) < when;
      });
      pinnedBox.insertBefore(copy, later || null);
    }
    pinnedBox.hidden = pinnedBox.children.length === 0;
  }

  function stop(status) {
    root.dataset.liveStatus = status;
    window.clearTimeout(timer);
    timer = null;
    const label = root.querySelector(".label--live");
    if (label && status === "ended") {
      label.textContent = root.dataset.liveEnded;
      label.className = "label label--ended";
    }
  }

  function apply(data) {
    if (data.reset) {
      reloadNeeded = true;
    }
    for (const id of data.deleted || []) {
      pending.delete(id);
      placeInTimeline(id, "");
      placePinned({ id: id, pinned: false });
      const element = document.getElementById("post-" + id);
      if (element) (element.closest("li") || element).remove();
    }
    for (const post of data.posts || []) {
      const element = document.getElementById("post-" + post.id);
      if (element) {
        element.replaceWith(fromHTML(post.html));
        placeInTimeline(post.id, post.timeline);
        placePinned(post);
      } else {
        pending.set(post.id, post);
      }
    }
    if (data.cursor !== undefined) cursor = String(data.cursor);
    render();
    if (data.status && data.status !== "live") stop(data.status);
  }

  async function poll() {
    timer = null;
    let wait = interval;
    try {
      const response = await fetch(url + "?since=" + encodeURIComponent(cursor), {
        cache: "no-cache",
        headers: { Accept: "application/json" },
      });
      if (response.ok || response.status === 400) {
        apply(await response.json());
      } else {
        // A busy server (503, 429) says when to come back; sooner than the interval is fine.
        const retry = Number(response.headers.get("Retry-After"));
        if (retry > 0) wait = Math.min(interval, retry * 1000);
      }
    } catch (error) {
      // Offline or a network error: try again at the next interval.
    }
    schedule(wait);
  }

  function schedule(wait) {
    if (root.dataset.liveStatus === "live" && timer === null) {
      timer = window.setTimeout(poll, wait || interval);
    }
  }

  button.addEventListener("click", function () {
    if (reloadNeeded) {
      window.location.reload();
      return;
    }
    const posts = Array.from(pending.values()).sort(function (a, b) {
      return a.time === b.time ? a.id - b.id : a.time < b.time ? -1 : 1;
    });
    const empty = list.querySelector(".live-posts__empty");
    if (empty) empty.remove();
    let newest = null;
    for (const post of posts) {
      const item = document.createElement("li");
      item.appendChild(fromHTML(post.html));
      list.prepend(item);
      placeInTimeline(post.id, post.timeline);
      placePinned(post);
      newest = item.firstElementChild;
    }
    pending.clear();
    render();
    if (newest) newest.focus();
  });

  const target = document.querySelector(".live-post[aria-current]");
  if (target && !window.location.hash) target.scrollIntoView();
  // Older pages and permalinks far back do not gather new posts above what the reader reads.
  if (root.dataset.liveFirst === "1") schedule();
})();
