// The system libcrypto (OpenSSL 3, Debian's libssl-dev): SHA-256 for the archive's SHA256SUMS.
#include <openssl/evp.h>
