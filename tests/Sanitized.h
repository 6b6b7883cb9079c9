#pragma once

namespace homeward::testing {

// True in the AddressSanitizer build (./test.sh --sanitize, build-sanitize/). The slowest
// suites (kill cycles, I/O fault points) sample there a part of what the regular run covers
// in full: the sanitizer run looks for memory errors and undefined behaviour on every code
// path, which a sample reaches as well, and the regular run proves the durability claims.
// GCC says so with __SANITIZE_ADDRESS__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

} // namespace homeward::testing
