//! Renders the games' tiny markup (`**strong**`, `*emphasis*`, line breaks, blank-line
//! paragraphs) into HTML. Everything is escaped first; only the tags made here are markup, so a
//! game can never inject HTML.

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One line or paragraph: emphasis and line breaks, no block elements.
pub fn inline(text: &str) -> String {
    let escaped = escape(text);
    let mut out = String::with_capacity(escaped.len() + 16);
    let mut strong = false;
    let mut emphasis = false;
    let mut rest = escaped.as_str();
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("**") {
            out.push_str(if strong { "</strong>" } else { "<strong>" });
            strong = !strong;
            rest = after;
        } else if let Some(after) = rest.strip_prefix('*') {
            out.push_str(if emphasis { "</em>" } else { "<em>" });
            emphasis = !emphasis;
            rest = after;
        } else if let Some(after) = rest.strip_prefix('\n') {
            out.push_str("<br>");
            rest = after;
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    // Unbalanced markers are closed, so the page's structure never depends on a game's typos.
    if emphasis {
        out.push_str("</em>");
    }
    if strong {
        out.push_str("</strong>");
    }
    out
}

/// Blocks of text: paragraphs separated by blank lines.
pub fn blocks(text: &str) -> String {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", inline(p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_rendered_and_html_is_escaped() {
        assert_eq!(inline("a **b** *c*"), "a <strong>b</strong> <em>c</em>");
        assert_eq!(
            inline("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(inline("x\ny"), "x<br>y");
        assert_eq!(inline("**open"), "<strong>open</strong>");
        assert_eq!(
            inline("\" onmouseover='x'"),
            "&quot; onmouseover=&#39;x&#39;"
        );
        assert_eq!(
            blocks("one\n\ntwo *it*\n"),
            "<p>one</p><p>two <em>it</em></p>"
        );
        assert_eq!(blocks(""), "");
    }
}
