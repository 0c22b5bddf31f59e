package io.github.uptake.app.web;

/** Escapes text for HTML, and lays out a page. Every value shown passes through {@link #e}. */
final class Html {
    private Html() {
    }

    /** Escapes text for an HTML element or a quoted attribute. */
    static String e(Object o) {
        String s = String.valueOf(o);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String lang, String title, String nav, String body) {
        return "<!DOCTYPE html><html lang=\"" + e(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + e(title) + "</title><style>" + CSS + "</style></head><body>"
                + "<header>" + nav + "</header><main>" + body + "</main></body></html>";
    }

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:0;color:#222}"
            + "header{background:#0b5394;color:#fff;padding:.6em 1em;display:flex;gap:1em;"
            + "align-items:center;flex-wrap:wrap}header a{color:#fff}main{padding:1em;max-width:"
            + "72em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;"
            + "padding:.25em .5em;text-align:right}td.t,th.t{text-align:left}.estimated{color:#8a5a00;font-weight:bold}.met{background:"
            + "#d9ead3}.notmet{background:#f4cccc}.missing{background:#fff2cc}.headline{font-size:"
            + "1.4em}.big{font-size:2em;font-weight:bold}.problems li{margin:.2em 0}"
            + "form.inline{display:inline}section{margin:1.2em 0}";
}
