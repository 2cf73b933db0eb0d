// Reads lines of UTF-8 Thai, prints LibThai's word break positions (in code points) per line.
#include <thai/thbrk.h>
#include <thai/thwchar.h>
#include <thai/thwbrk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <locale.h>
int main(int argc, char** argv) {
  setlocale(LC_ALL, "C.UTF-8");
  ThBrk* brk = th_brk_new(argc > 1 ? argv[1] : NULL);
  if (!brk) { fprintf(stderr, "no dict\n"); return 1; }
  char line[65536];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    wchar_t w[65536]; size_t n = mbstowcs(w, line, 65535);
    if (n == (size_t)-1) { puts(""); continue; }
    thwchar_t* u = malloc(sizeof(thwchar_t) * (n + 1));
    for (size_t i = 0; i < n; i++) u[i] = (thwchar_t)w[i];
    u[n] = 0;
    int pos[8192];
    int k = th_brk_wc_find_breaks(brk, u, pos, 8192);
    for (int i = 0; i < k; i++) printf(i ? " %d" : "%d", pos[i]);
    puts("");
    free(u);
  }
  th_brk_delete(brk);
  return 0;
}
