vcl 4.1;
# Varnish (7.x, Debian's `varnish` package) in front of Broadsheet. README: "CDN / Varnish".
#
#   varnishd -a :80 -f /etc/varnish/broadsheet.vcl -s malloc,512m
#   CDN_PURGE_URLS=http://127.0.0.1:80 broadsheet serve      (the app sends its purges here)
#
# It follows the same rules as the app's own page cache (broadsheet/pagecache/cache.py):
# - stores only what the app marks `public` (s-maxage, else max-age), nothing else;
# - looks up only GET/HEAD without Authorization, X-Session-Token or cookies other than the
#   consent cookie (which it drops: anonymous pages are the same with or without it);
# - reader pages may carry only the listing cursors (`after`, `before`, as the app's
#   PAGE_CACHE_QUERY_PARAMS) in their query string; anything else is passed to the app
#   uncached, so random query strings cannot fill the cache;
# - past max-age, a copy is served for stale-while-revalidate seconds while a fresh one is
#   fetched in the background, and for stale-if-error seconds only while the app is down or
#   answers 5xx (marked `X-Cache: stale` and `Warning: 110`);
# - `PURGE <path>` (from the `purgers` ACL) drops every copy of that path, whatever the host
#   or query string; `PURGE /` with `X-Purge: host` drops every page of the Host (what the
#   app sends when its whole page cache is emptied). Static files survive a host purge:
#   their names change with their content.
#
# Behind Varnish the app sees Varnish's address: set TRUSTED_PROXY_COUNT=1 (or
# TRUSTED_PROXIES) so rate limits and view counts use the reader's (X-Forwarded-For).

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    # Liveness only: a database outage is the app's to answer (it serves its own stale pages).
    .probe = {
        .url = "/health/live";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}

# Who may purge: the app servers (its task worker sends the purges).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.restarts == 0) {
        # Our own flags (see vcl_hit and vcl_deliver); never a client's.
        unset req.http.X-Fetch-Fresh;
        unset req.http.X-Stale-OK;
        set req.http.Host = std.tolower(req.http.Host);
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.http.X-Purge == "host") {
            ban("obj.http.X-Ban-Host == " + req.http.Host + " && obj.http.X-Ban-Path !~ ^/static/");
            return (synth(200, "Purged host"));
        }
        # Every copy of the path: listings are stored once per cursor.
        ban("obj.http.X-Ban-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never stored by the app either: the admin, sign-in, health checks.
    if (req.url ~ "^/(admin|django-admin|_allauth|health)(/|$)") {
        return (pass);
    }
    # A reader of the app API signed in with a session token gets their own data.
    if (req.http.X-Session-Token) {
        return (pass);
    }

    # The consent banner is shown or hidden by JavaScript: a request carrying only the
    # consent cookie gets the anonymous page. Any other cookie (a session) is passed, by the
    # built-in vcl_recv, with every cookie kept.
    if (req.http.Cookie) {
        set req.http.X-Other-Cookies = regsuball(req.http.Cookie, "(^|;)\s*broadsheet_consent=[^;]*", "");
        if (req.http.X-Other-Cookies ~ "^[\s;]*$") {
            unset req.http.Cookie;
        }
        unset req.http.X-Other-Cookies;
    }

    # Reader pages: the listing cursors only (PAGE_CACHE_QUERY_PARAMS), else uncached.
    if (req.url ~ "\?" && req.url !~ "^/(api|static|media)/") {
        if (regsuball(regsub(req.url, "^[^?]*\?", "&"), "&(after|before)=[^&]*", "") != "") {
            return (pass);
        }
    }

    # While the app is up, a copy past its max-age is served only within its
    # stale-while-revalidate (vcl_hit), or after a failed fetch (X-Stale-OK).
    if (req.http.X-Fetch-Fresh && !req.http.X-Stale-OK) {
        set req.grace = 0s;
    }
    # Falls through to the built-in vcl_recv (pass on Authorization or Cookie, else hash).
}

sub vcl_hit {
    if (obj.ttl >= 0s) {
        return (deliver);
    }
    # Past max-age but within stale-while-revalidate: this copy now, a fresh one fetched in
    # the background.
    if (obj.ttl + std.duration(obj.http.X-SWR + "s", 0s) > 0s) {
        return (deliver);
    }
    # Within stale-if-error: only when the app is down, or a fetch just failed.
    if (req.http.X-Stale-OK || !std.healthy(req.backend_hint)) {
        return (deliver);
    }
    set req.http.X-Fetch-Fresh = "1";
    return (restart);
}

sub vcl_miss {
    # The stale copy we restarted for was purged meanwhile: the app still cannot answer.
    if (req.http.X-Stale-OK) {
        return (synth(503, "Service Unavailable"));
    }
}

sub vcl_backend_response {
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            # Keep the stale copy; the next request past stale-while-revalidate tries again.
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Only what the app says every reader may share.
    if (beresp.http.Cache-Control !~ "(?i)(^|[,\s])public([,\s]|$)") {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.http.X-SWR = "0";
    if (beresp.http.Cache-Control ~ "(?i)stale-while-revalidate=\d+") {
        set beresp.http.X-SWR = regsub(beresp.http.Cache-Control, "(?i)^.*stale-while-revalidate=(\d+).*$", "\1");
    }
    set beresp.http.X-SIE = "0";
    if (beresp.http.Cache-Control ~ "(?i)stale-if-error=\d+") {
        set beresp.http.X-SIE = regsub(beresp.http.Cache-Control, "(?i)^.*stale-if-error=(\d+).*$", "\1");
    }
    # Kept past max-age for the longer of the two; vcl_hit decides when it may answer.
    set beresp.grace = std.duration(beresp.http.X-SWR + "s", 0s);
    if (std.duration(beresp.http.X-SIE + "s", 0s) > beresp.grace) {
        set beresp.grace = std.duration(beresp.http.X-SIE + "s", 0s);
    }
    # What purges match (bans on obj.* are evaluated by the ban lurker in the background).
    set beresp.http.X-Ban-Host = bereq.http.Host;
    set beresp.http.X-Ban-Path = regsub(bereq.url, "\?.*$", "");
    # The app's own page-cache verdict is not the reader's.
    unset beresp.http.X-Cache;
    # Falls through to the built-in vcl_backend_response (no Set-Cookie, no private, ttl > 0).
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # The app failed after we chose not to serve the stale copy: serve it after all.
    if (resp.status >= 500 && req.http.X-Fetch-Fresh && !req.http.X-Stale-OK) {
        set req.http.X-Stale-OK = "1";
        return (restart);
    }
    if (obj.hits > 0 && obj.ttl < 0s) {
        set resp.http.X-Cache = "stale";
        set resp.http.Warning = {"110 - "Response is Stale""};
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.X-Ban-Host;
    unset resp.http.X-Ban-Path;
    unset resp.http.X-SWR;
    unset resp.http.X-SIE;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    # A purge's answer, or a restart that found no stale copy: the app is not answering.
    if (resp.status == 503) {
        set resp.http.Retry-After = "30";
        set resp.http.Cache-Control = "no-store";
    }
}
