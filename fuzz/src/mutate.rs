//! The random source and the byte-level mutations.

/// xorshift64* (Vigna): small, fast, and the same sequence for the same seed everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator; seed 0 is mapped to another constant (xorshift has no zero state).
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // Lemire's multiply-shift: no modulo bias worth caring about here.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// True with probability 1/n.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// A length skewed towards small values: 1..=max.
    pub fn small_len(&mut self, max: usize) -> usize {
        let max = max.max(1);
        let bits = self.below(usize::BITS as usize - max.leading_zeros() as usize + 1);
        1 + self.below((1usize << bits).min(max))
    }
}

/// Bytes that often sit at parser decision points.
const INTERESTING_BYTES: &[u8] = b"\0\x01\x7f\x80\xff\n\r\t \"'\\{}[],:=&.%+-0129eE#;/?<>";

/// Numbers that probe integer and float edges, written as text.
const INTERESTING_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "-1",
    "1",
    "127",
    "255",
    "256",
    "65535",
    "2147483647",
    "-2147483648",
    "4294967296",
    "9007199254740993",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "1e308",
    "1e309",
    "-1e999",
    "1.5",
    "0.1e-400",
    "NaN",
    "Infinity",
    "000000000000000000000000000001",
];

/// What the mutator may draw on besides the input itself.
pub(crate) struct Pool<'a> {
    pub(crate) dictionary: &'a [Vec<u8>],
    /// Other inputs, for splicing.
    pub(crate) corpus: &'a [Vec<u8>],
    pub(crate) max_len: usize,
}

/// Applies one to several stacked mutations to `data`, keeping it within `max_len`.
pub(crate) fn mutate(rng: &mut Rng, data: &mut Vec<u8>, pool: &Pool<'_>) {
    let rounds = if rng.one_in(8) {
        1 + rng.below(16)
    } else {
        1 + rng.below(4)
    };
    for _ in 0..rounds {
        mutate_once(rng, data, pool);
    }
    data.truncate(pool.max_len);
}

fn token<'a>(rng: &mut Rng, pool: &'a Pool<'_>) -> &'a [u8] {
    if !pool.dictionary.is_empty() && !rng.one_in(5) {
        &pool.dictionary[rng.below(pool.dictionary.len())]
    } else {
        INTERESTING_NUMBERS[rng.below(INTERESTING_NUMBERS.len())].as_bytes()
    }
}

/// A random range `start..end` of `data` (possibly empty), at most `max` long.
fn range(rng: &mut Rng, len: usize, max: usize) -> (usize, usize) {
    let start = rng.below(len + 1);
    let n = rng.small_len(max).min(len - start);
    (start, start + n)
}

fn insert(data: &mut Vec<u8>, at: usize, bytes: &[u8], max_len: usize) {
    let room = max_len.saturating_sub(data.len());
    let bytes = &bytes[..bytes.len().min(room)];
    data.splice(at..at, bytes.iter().copied());
}

fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>, pool: &Pool<'_>) {
    let len = data.len();
    let at = rng.below(len + 1);
    match rng.below(14) {
        // Flip one bit.
        0 if len > 0 => {
            let i = rng.below(len);
            data[i] ^= 1 << rng.below(8);
        }
        // Set an interesting byte.
        1 if len > 0 => {
            let i = rng.below(len);
            data[i] = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())];
        }
        // Set a random byte.
        2 if len > 0 => {
            let i = rng.below(len);
            data[i] = rng.next_u64() as u8;
        }
        // Insert a few random bytes.
        3 => {
            let n = rng.small_len(8);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            insert(data, at, &bytes, pool.max_len);
        }
        // Delete a range.
        4 if len > 0 => {
            let (s, e) = range(rng, len, len.max(1));
            data.drain(s..e);
        }
        // Duplicate a range somewhere else.
        5 if len > 0 => {
            let (s, e) = range(rng, len, 256);
            let copy = data[s..e].to_vec();
            insert(data, at, &copy, pool.max_len);
        }
        // Splice: a range of another input, inserted or replacing a range.
        6 | 7 if !pool.corpus.is_empty() => {
            let other = &pool.corpus[rng.below(pool.corpus.len())];
            let (s, e) = range(rng, other.len(), other.len().max(1));
            let piece = other[s..e].to_vec();
            if rng.one_in(2) {
                insert(data, at, &piece, pool.max_len);
            } else {
                let (ds, de) = range(rng, len, len.max(1));
                data.splice(ds..de, piece);
            }
        }
        // Insert a token.
        8 | 9 => {
            let t = token(rng, pool).to_vec();
            insert(data, at, &t, pool.max_len);
        }
        // Replace a range with a token.
        10 if len > 0 => {
            let t = token(rng, pool).to_vec();
            let (s, e) = range(rng, len, 16);
            data.splice(s..e, t);
        }
        // A long run of one token (deep nesting, long names, many separators).
        11 => {
            let t = token(rng, pool).to_vec();
            let times = rng.small_len(20_000);
            let mut run = Vec::with_capacity(t.len() * times);
            for _ in 0..times {
                run.extend_from_slice(&t);
                if run.len() >= pool.max_len {
                    break;
                }
            }
            insert(data, at, &run, pool.max_len);
        }
        // Replace a number in the text with an interesting one.
        12 if len > 0 => {
            let from = rng.below(len);
            if let Some(s) = data[from..].iter().position(u8::is_ascii_digit) {
                let s = from + s;
                let e = s + data[s..].iter().take_while(|b| b.is_ascii_digit()).count();
                let n = INTERESTING_NUMBERS[rng.below(INTERESTING_NUMBERS.len())];
                data.splice(s..e, n.bytes());
            }
        }
        // Truncate.
        13 if len > 0 => data.truncate(rng.below(len)),
        _ => {
            let b = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())];
            insert(data, at, &[b], pool.max_len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_depends_on_the_seed_only() {
        let a: Vec<u64> = {
            let mut r = Rng::new(42);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::new(42);
            (0..5).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
        assert_ne!(a[0], Rng::new(43).next_u64());
        // Zero is not a dead state.
        assert_ne!(Rng::new(0).next_u64(), 0);
    }

    #[test]
    fn below_stays_in_range_and_covers_it() {
        let mut r = Rng::new(7);
        let mut seen = [false; 10];
        for _ in 0..1000 {
            let x = r.below(10);
            assert!(x < 10);
            seen[x] = true;
        }
        assert!(seen.iter().all(|s| *s), "{seen:?}");
        assert_eq!(r.below(0), 0);
        for _ in 0..1000 {
            let n = r.small_len(300);
            assert!((1..=300).contains(&n), "{n}");
        }
    }

    #[test]
    fn mutations_respect_the_size_cap_and_change_inputs() {
        let dictionary = vec![b"[".to_vec(), b"{\"a\":".to_vec()];
        let corpus = vec![b"hello=world&x.0.y=1".to_vec(), b"{\"k\": [1, 2]}".to_vec()];
        let pool = Pool {
            dictionary: &dictionary,
            corpus: &corpus,
            max_len: 100,
        };
        let mut r = Rng::new(1);
        let mut changed = 0;
        for i in 0..5_000 {
            let mut d = corpus[i % 2].clone();
            mutate(&mut r, &mut d, &pool);
            assert!(d.len() <= 100, "{}", d.len());
            if d != corpus[i % 2] {
                changed += 1;
            }
        }
        assert!(changed > 4_000, "{changed}");
        // Empty inputs grow.
        let mut grown = 0;
        for _ in 0..100 {
            let mut d = Vec::new();
            mutate(&mut r, &mut d, &pool);
            grown += usize::from(!d.is_empty());
        }
        assert!(grown > 50, "{grown}");
    }
}
