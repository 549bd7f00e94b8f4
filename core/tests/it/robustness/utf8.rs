//! Invalid UTF-8 wherever a client can put bytes: the path (raw and percent-encoded), the query,
//! cookie values, Accept-Language, Origin, Referer and Host, and the form body (names and values,
//! raw and percent-encoded) of every POST route, multipart parts included. Refused with a 4xx
//! or ignored, never a 5xx, and the store unchanged.

use super::raw;
use super::routes::{Encoding, ROUTES, Who};
use super::{StoreDump, assert_healthy, assert_unchanged};
use crate::testkit::TestServer;

/// What is tested, the target, the header lines sent, the status expected.
type HeaderCase = (&'static str, &'static [u8], Vec<Vec<u8>>, u16);

/// A status that is not a server error.
fn assert_not_5xx(what: &str, status: Option<u16>, answer: &raw::Answer) {
    assert!(
        status.is_some_and(|s| s < 500) || (status.is_none() && answer.closed),
        "{what}: {}",
        answer.status_line()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_is_refused_or_ignored_everywhere() {
    let server = TestServer::start().await;
    let addr = server.server.local_addr;
    let store = server.store().clone();
    let player = server.browser_as("demo", "demo").await;
    let admin = server.browser_as("admin", "admin").await;
    let anonymous = server.browser();
    let session_of = |browser: &crate::testkit::Browser| {
        format!(
            "Cookie: digifit-session={}",
            browser.cookie("digifit-session").unwrap()
        )
    };
    let admin_cookie = session_of(&admin);
    let before = StoreDump::of(&store);

    // In the target: raw bytes (not even a valid URI) and percent-encoded ones.
    let targets: [&[u8]; 14] = [
        b"/\xff\xfe",
        b"/static/\xc3\x28",
        b"/games/\xff/assets/x.svg",
        b"/login?next=\xff",
        b"/%ff%fe",
        b"/static/%c3%28",
        b"/admin/users/%ff",
        b"/admin/orgunits/%c3%28/delete",
        b"/games/sessions/%ed%a0%80",
        b"/games/hello-quiz/assets/%ff.svg",
        b"/login?next=%ff",
        b"/login?%ff=x",
        b"/self-assessment?next=%c3%28",
        b"/admin/users?notice=%f4%90%80%80",
    ];
    for target in targets {
        let answer = raw::exchange(addr, &raw::get(target, &[admin_cookie.as_bytes()])).await;
        let what = String::from_utf8_lossy(target).into_owned();
        assert_not_5xx(&what, answer.status(), &answer);
    }

    // In headers the application reads: ignored, so the pages are served as without them.
    let admin_session = admin_cookie.as_bytes().to_vec();
    let bad_cookie_value = {
        let mut header = b"Cookie: digifit-session=\xff\xfe; digifit-csrf=\xc3\x28".to_vec();
        header.extend_from_slice(b"; digifit-lang=\xff");
        header
    };
    let mut session_and_junk = admin_session.clone();
    session_and_junk.extend_from_slice(b"; junk=\xff");
    let headers: [HeaderCase; 6] = [
        ("a cookie value", b"/login", vec![bad_cookie_value], 200),
        (
            "a junk cookie next to the session",
            b"/admin/users",
            // The header as a whole is unreadable, so the session is not seen.
            vec![session_and_junk],
            303,
        ),
        (
            "a junk cookie in its own header",
            b"/admin/users",
            vec![admin_session.clone(), b"Cookie: junk=\xff".to_vec()],
            200,
        ),
        (
            "Accept-Language",
            b"/login",
            vec![b"Accept-Language: \xff\xfe, en;q=0.9".to_vec()],
            200,
        ),
        (
            "User-Agent",
            b"/login",
            vec![b"User-Agent: \xc3\x28".to_vec()],
            200,
        ),
        (
            "Referer on a GET",
            b"/login",
            vec![b"Referer: http://x/\xff".to_vec()],
            200,
        ),
    ];
    for (what, target, lines, status) in headers {
        let lines: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
        let answer = raw::exchange(addr, &raw::get(target, &lines)).await;
        assert_eq!(answer.status(), Some(status), "{what}: {}", answer.text());
    }

    // On a POST that would create a unit: Origin, Referer or Host not UTF-8 is refused.
    let csrf = admin.csrf().await;
    let form = format!("csrf={csrf}&name=Neu");
    for (what, header) in [
        ("Origin", b"Origin: http://\xff".as_slice()),
        ("Referer", b"Referer: http://localhost/\xff".as_slice()),
    ] {
        let request = raw::post(
            "/admin/orgunits",
            &[
                admin_cookie.as_bytes(),
                b"Content-Type: application/x-www-form-urlencoded",
                header,
            ],
            form.as_bytes(),
        );
        let answer = raw::exchange(addr, &request).await;
        assert_eq!(
            answer.status(),
            Some(403),
            "{what}: {}",
            answer.status_line()
        );
    }
    // A Host that ends in a lone UTF-8 lead byte.
    let mut request = format!(
        "POST /admin/orgunits HTTP/1.1\r\n{admin_cookie}\r\nOrigin: http://localhost\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Connection: close\r\nHost: local",
        form.len()
    )
    .into_bytes();
    request.push(0xc3);
    request.extend_from_slice(b"\r\n\r\n");
    request.extend_from_slice(form.as_bytes());
    let answer = raw::exchange(addr, &request).await;
    assert!(answer.is_refusal(), "Host: {}", answer.status_line());
    assert_unchanged(&before, &store, "invalid UTF-8 in headers");

    // In the form body of every POST route, as the role it is for and with the right token:
    // percent-encoded and raw, in a value and in a name.
    for route in ROUTES {
        let browser = match route.who {
            Who::Anonymous => &anonymous,
            Who::Player => &player,
            Who::Admin => &admin,
        };
        let csrf = browser.csrf().await;
        let path = route.pattern.replace("{id}", "1");
        let field = route.fields.first().copied().unwrap_or("x");
        match route.encoding {
            Encoding::Urlencoded => {
                let bodies: [Vec<u8>; 5] = [
                    format!("csrf={csrf}&{field}=%ff").into_bytes(),
                    format!("csrf={csrf}&%c3{field}=x").into_bytes(),
                    format!("{field}=%ed%a0%80&csrf={csrf}").into_bytes(),
                    [format!("csrf={csrf}&{field}=").as_bytes(), b"\xff\xfe"].concat(),
                    [b"\xc0\xae=1&".as_slice(), format!("csrf={csrf}").as_bytes()].concat(),
                ];
                for body in bodies {
                    let page = browser
                        .post_raw(&path, "application/x-www-form-urlencoded", body.clone())
                        .await;
                    let what = format!("{path} {}", String::from_utf8_lossy(&body));
                    assert_eq!(page.status.as_u16(), 400, "{what}: {}", page.body);
                    assert!(page.body.contains("<main"), "{what}: not a page");
                }
            }
            Encoding::Multipart(file_field) => {
                // A field name (the part is not the file), a file name (ignored), and the file
                // itself (a CSV must be text, a package is no CSV).
                let parts: [(Vec<u8>, bool); 3] = [
                    ([
                        b"--b\r\nContent-Disposition: form-data; name=\"\xff\"\r\n\r\nx\r\n--b--\r\n"
                            .as_slice(),
                    ]
                    .concat(), true),
                    ([
                        format!("--b\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"")
                            .as_bytes(),
                        b"\xc3\x28.csv\"\r\n\r\nusername,display_name\r\n--b--\r\n",
                    ]
                    .concat(), false),
                    ([
                        format!("--b\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"f\"\r\n\r\n")
                            .as_bytes(),
                        b"username,display_name\nbad\xff,\xfe\xfe\n\r\n--b--\r\n",
                    ]
                    .concat(), true),
                ];
                for (body, refused) in parts {
                    let page = browser
                        .post_raw(
                            &format!("{path}?csrf={csrf}"),
                            "multipart/form-data; boundary=b",
                            body.clone(),
                        )
                        .await;
                    let what = format!("{path} {}", String::from_utf8_lossy(&body));
                    if refused {
                        assert!(page.status.is_client_error(), "{what}: {}", page.status);
                    } else {
                        assert!(page.status.as_u16() < 500, "{what}: {}", page.status);
                    }
                }
            }
        }
        assert_unchanged(&before, &store, route.pattern);
    }
    assert_healthy(&server, "invalid UTF-8").await;
    server.shutdown().await;
}
