/* A stand-in for Windows 10's bcryptprimitives.dll, for running the Windows
 * build under Wine 8 (Debian 12), which lacks it: Go 1.24 and newer ask it
 * for random bytes at start-up. Real Windows has the DLL; this is test-only. */
#include <windows.h>
#include <ntsecapi.h>
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, n)) return FALSE;
        data += n; len -= n;
    }
    return TRUE;
}
