;; The pre-filter's record scanner (src/lib/import/prefilter.ts drives it; scripts/build-scan-wasm.ts
;; compiles it into scan-wasm.ts). It walks CSV bytes 16 at a time with SIMD and reports where each
;; record ends and whether the record may belong to the programme, without decoding or splitting it.
;;
;; A record is "regular" when every quote is where papaparse reads it as RFC 4180 does: a quote that
;; opens a cell follows a delimiter, a line end or the record's start (or the quote before it, for a
;; doubled ""), and a quote that closes one is followed by a delimiter, a line end or another quote.
;; Inside regular records the quote parity tells exactly where papaparse ends each record. At the
;; first quote anywhere else the scan stops at the start of that record and hands the rest to
;; papaparse: the scanner never guesses where an irregular record ends.
;;
;; A record is flagged when its bytes hold a needle (a programme code or "METRO PLUS", compared with
;; bit 0x20 set, so in any case; more matches than needed are harmless) or a byte of a character that
;; upper-cases to ASCII letters (UTF-8 "ß" C3 9F, C4..C7 leads, DF, E1, EF; Windows-1252 "ß" DF):
;; such characters could make String.prototype.toUpperCase() write a needle the bytes do not show.
;;
;; Memory (set by prefilter.ts): needle count at 0; needle i at 64 + 80 i: its length (i32) and at
;; +16 its bytes, each OR 0x20; at 2048 + 32 i its first byte 16 times, then its last byte 16 times. Record ends from 4096 (OUT_CAP of them): the offset just past the
;; record's line end, bit 31 set when the record is flagged. The data: anywhere above 69632, with
;; the two bytes before `start` holding a line end (the start of a record) and `lookahead` readable
;; bytes after `end`.
(module
  (memory (export "memory") 2)
  ;; where the scan stopped: the start of the first record it did not report
  (global $stop (export "stop") (mut i32) (i32.const 0))
  ;; why: 0 the data ran out (the rest needs more bytes), 1 an irregular quote, 2 the output is full
  (global $reason (export "reason") (mut i32) (i32.const 0))

  (func $scan (export "scan")
    (param $start i32) (param $end i32) (param $delim i32) (param $mode i32) (param $lookahead i32) (param $cap i32)
    (result i32)
    (local $b i32) (local $limit i32) (local $inside i32) (local $recStart i32) (local $recHit i32) (local $count i32)
    (local $v v128) (local $vm1 v128) (local $v1 v128)
    (local $QV v128) (local $DV v128) (local $LFV v128) (local $CRV v128) (local $LASTV v128) (local $FIRSTV v128)
    (local $q i32) (local $nl i32) (local $hits i32) (local $P i32) (local $bad i32) (local $ends i32)
    (local $bit i32) (local $below i32) (local $e i32) (local $prevOK i32) (local $nextOK i32)
    (local $n i32) (local $nCount i32) (local $nBase i32) (local $nLen i32) (local $m i32) (local $p i32) (local $j i32)
    (local $SPACEV v128)

    (local.set $QV (i8x16.splat (i32.const 34)))
    (local.set $SPACEV (i8x16.splat (i32.const 0x20)))
    (local.set $DV (i8x16.splat (local.get $delim)))
    (local.set $LFV (i8x16.splat (i32.const 10)))
    (local.set $CRV (i8x16.splat (i32.const 13)))
    ;; mode 0: "\n", 1: "\r\n", 2: "\r". LAST: a line end's last byte; FIRST: its first byte.
    (local.set $LASTV (select (local.get $CRV) (local.get $LFV) (i32.eq (local.get $mode) (i32.const 2))))
    (local.set $FIRSTV (select (local.get $LFV) (local.get $CRV) (i32.eqz (local.get $mode))))
    (local.set $nCount (i32.load (i32.const 0)))

    (local.set $b (local.get $start))
    (local.set $recStart (local.get $start))
    (local.set $limit (i32.sub (i32.sub (local.get $end) (i32.const 16)) (local.get $lookahead)))
    (global.set $reason (i32.const 0))

    (block $done
      (loop $vectors
        (br_if $done (i32.gt_s (local.get $b) (local.get $limit)))
        (local.set $v (v128.load align=1 (local.get $b)))

        ;; ---- needles: first and last byte compared 16 at a time, then each candidate byte by byte
        (local.set $hits (i32.const 0))
        (local.set $n (i32.const 0))
        (block $needlesDone
          (loop $needles
            (br_if $needlesDone (i32.ge_u (local.get $n) (local.get $nCount)))
            (local.set $nBase (i32.add (i32.const 64) (i32.mul (local.get $n) (i32.const 80))))
            (local.set $nLen (i32.load (local.get $nBase)))
            ;; the needle's first and last bytes, 16 times each, at 2048 + 32 n (set by prefilter.ts)
            (local.set $m (i8x16.bitmask (v128.and
              (i8x16.eq (v128.or (local.get $v) (local.get $SPACEV)) (v128.load offset=2048 (i32.shl (local.get $n) (i32.const 5))))
              (i8x16.eq
                (v128.or
                  (v128.load align=1 (i32.sub (i32.add (local.get $b) (local.get $nLen)) (i32.const 1)))
                  (local.get $SPACEV))
                (v128.load offset=2064 (i32.shl (local.get $n) (i32.const 5)))))))
            (block $candidatesDone
              (loop $candidates
                (br_if $candidatesDone (i32.eqz (local.get $m)))
                (local.set $bit (i32.ctz (local.get $m)))
                (local.set $p (i32.add (local.get $b) (local.get $bit)))
                (local.set $j (i32.const 0))
                (block $mismatch
                  (loop $bytes
                    (if (i32.lt_u (local.get $j) (local.get $nLen))
                      (then
                        (br_if $mismatch (i32.ne
                          (i32.or (i32.load8_u (i32.add (local.get $p) (local.get $j))) (i32.const 0x20))
                          (i32.load8_u offset=16 (i32.add (local.get $nBase) (local.get $j)))))
                        (local.set $j (i32.add (local.get $j) (i32.const 1)))
                        (br $bytes))))
                  (local.set $hits (i32.or (local.get $hits) (i32.shl (i32.const 1) (local.get $bit)))))
                (local.set $m (i32.and (local.get $m) (i32.sub (local.get $m) (i32.const 1))))
                (br $candidates)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (br $needles)))

        ;; ---- characters that upper-case to ASCII letters (only where some byte is above 0xC2)
        (if (v128.any_true (i8x16.gt_u (local.get $v) (i8x16.splat (i32.const 0xc2))))
          (then
            (local.set $hits (i32.or (local.get $hits) (i8x16.bitmask
              (v128.or
                (v128.or
                  (i8x16.le_u (i8x16.sub (local.get $v) (i8x16.splat (i32.const 0xc4))) (i8x16.splat (i32.const 3)))
                  (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0xdf))))
                (v128.or
                  (v128.or
                    (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0xe1)))
                    (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0xef))))
                  (v128.and
                    (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0xc3)))
                    (i8x16.eq (v128.load offset=1 align=1 (local.get $b)) (i8x16.splat (i32.const 0x9f)))))))))))

        ;; ---- line ends and quotes
        (local.set $q (i8x16.bitmask (i8x16.eq (local.get $v) (local.get $QV))))
        (local.set $vm1 (v128.load align=1 (i32.sub (local.get $b) (i32.const 1))))
        (if (i32.eq (local.get $mode) (i32.const 1))
          (then (local.set $nl (i8x16.bitmask (v128.and
            (i8x16.eq (local.get $v) (local.get $LFV))
            (i8x16.eq (local.get $vm1) (local.get $CRV))))))
          (else (local.set $nl (i8x16.bitmask (i8x16.eq (local.get $v) (local.get $LASTV))))))

        (if (i32.eqz (local.get $q))
          (then
            ;; no quote: every line end is a record end outside quotes, none inside
            (local.set $ends (select (i32.const 0) (local.get $nl) (local.get $inside))))
          (else
            ;; P: 1 where the byte is inside quotes (after the quote itself is counted)
            (local.set $P (local.get $q))
            (local.set $P (i32.xor (local.get $P) (i32.shl (local.get $P) (i32.const 1))))
            (local.set $P (i32.xor (local.get $P) (i32.shl (local.get $P) (i32.const 2))))
            (local.set $P (i32.xor (local.get $P) (i32.shl (local.get $P) (i32.const 4))))
            (local.set $P (i32.xor (local.get $P) (i32.shl (local.get $P) (i32.const 8))))
            (local.set $P (i32.and
              (i32.xor (local.get $P) (i32.mul (local.get $inside) (i32.const 0xffff)))
              (i32.const 0xffff)))
            (local.set $v1 (v128.load offset=1 align=1 (local.get $b)))
            ;; an opening quote (P = 1) must follow a delimiter, a quote or a line end
            ;; a closing quote (P = 0) must precede a delimiter, a quote or a line end
            (local.set $prevOK (i8x16.bitmask (v128.or
              (v128.or (i8x16.eq (local.get $vm1) (local.get $DV)) (i8x16.eq (local.get $vm1) (local.get $QV)))
              (if (result v128) (i32.eq (local.get $mode) (i32.const 1))
                (then (v128.and
                  (i8x16.eq (local.get $vm1) (local.get $LFV))
                  (i8x16.eq (v128.load offset=0 align=1 (i32.sub (local.get $b) (i32.const 2))) (local.get $CRV))))
                (else (i8x16.eq (local.get $vm1) (local.get $LASTV)))))))
            (local.set $nextOK (i8x16.bitmask (v128.or
              (v128.or (i8x16.eq (local.get $v1) (local.get $DV)) (i8x16.eq (local.get $v1) (local.get $QV)))
              (if (result v128) (i32.eq (local.get $mode) (i32.const 1))
                (then (v128.and
                  (i8x16.eq (local.get $v1) (local.get $CRV))
                  (i8x16.eq (v128.load offset=2 align=1 (local.get $b)) (local.get $LFV))))
                (else (i8x16.eq (local.get $v1) (local.get $FIRSTV)))))))
            (local.set $bad (i32.and (local.get $q) (i32.or
              (i32.and (local.get $P) (i32.xor (local.get $prevOK) (i32.const 0xffff)))
              (i32.and (i32.xor (local.get $P) (i32.const 0xffff)) (i32.xor (local.get $nextOK) (i32.const 0xffff))))))
            (local.set $ends (i32.and (local.get $nl) (i32.xor (local.get $P) (i32.const 0xffff))))
            (if (local.get $bad)
              (then
                ;; keep the record ends before the first irregular quote, then stop at its record
                (local.set $ends (i32.and (local.get $ends)
                  (i32.sub (i32.shl (i32.const 1) (i32.ctz (local.get $bad))) (i32.const 1))))
                (global.set $reason (i32.const 1))))
            (local.set $inside (i32.shr_u (local.get $P) (i32.const 15)))))

        ;; ---- report the records that end in these 16 bytes
        (block $endsDone
          (loop $each
            (br_if $endsDone (i32.eqz (local.get $ends)))
            (local.set $bit (i32.ctz (local.get $ends)))
            (local.set $below (i32.sub (i32.shl (i32.const 2) (local.get $bit)) (i32.const 1)))
            (local.set $e (i32.add (i32.add (local.get $b) (local.get $bit)) (i32.const 1)))
            (i32.store offset=4096 (i32.shl (local.get $count) (i32.const 2))
              (i32.or (local.get $e) (i32.shl
                (i32.or (local.get $recHit) (i32.ne (i32.and (local.get $hits) (local.get $below)) (i32.const 0)))
                (i32.const 31))))
            (local.set $hits (i32.and (local.get $hits) (i32.xor (local.get $below) (i32.const -1))))
            (local.set $recHit (i32.const 0))
            (local.set $recStart (local.get $e))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (if (i32.ge_u (local.get $count) (local.get $cap))
              (then
                (global.set $stop (local.get $e))
                (global.set $reason (i32.const 2))
                (return (local.get $count))))
            (local.set $ends (i32.and (local.get $ends) (i32.sub (local.get $ends) (i32.const 1))))
            (br $each)))
        (br_if $done (global.get $reason))
        (local.set $recHit (i32.or (local.get $recHit) (i32.ne (local.get $hits) (i32.const 0))))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (br $vectors)))
    (global.set $stop (local.get $recStart))
    (local.get $count)))
