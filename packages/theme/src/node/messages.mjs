// What the Node bootstrap says, in Indonesian and English (plain JavaScript: it runs on old Node).
export const id = {
  'node.tooOld':
    'Guru Blog membutuhkan Node.js {floor} atau lebih baru (terpasang: {current}).\nUnduh di https://nodejs.org (pilih versi LTS), pasang, tutup terminal ini, lalu jalankan perintahnya lagi di terminal baru.',
  'node.using': 'Node {current} terlalu lama untuk Astro {astro} (butuh Node {floor} atau lebih baru); memakai Node {version} dari {dir}.',
  'node.fetching':
    'Node {current} terlalu lama untuk Astro {astro} (butuh Node {floor} atau lebih baru); mengambil Node {major} dari registri npm ke {dir} (sekali saja, sekitar 30 MB).',
  'node.install':
    'Blog ini memakai Astro {astro}, yang butuh Node {floor} atau lebih baru, sedangkan Node di komputer ini {current}.\nPasang Node {major} (LTS) dari https://nodejs.org, tutup terminal ini, lalu jalankan perintahnya lagi di terminal baru.',
  'node.fetchFailed': 'Node {major} tidak bisa diambil dari registri npm (periksa koneksi internet).',
};

export const en = {
  'node.tooOld':
    'Guru Blog needs Node.js {floor} or newer (installed: {current}).\nDownload it from https://nodejs.org (choose the LTS version), install it, close this terminal, then run the command again in a new one.',
  'node.using': 'Node {current} is too old for Astro {astro} (it needs Node {floor} or newer); using Node {version} from {dir}.',
  'node.fetching':
    'Node {current} is too old for Astro {astro} (it needs Node {floor} or newer); fetching Node {major} from the npm registry into {dir} (once, about 30 MB).',
  'node.install':
    'This blog uses Astro {astro}, which needs Node {floor} or newer; this computer has Node {current}.\nInstall Node {major} (LTS) from https://nodejs.org, close this terminal, then run the command again in a new one.',
  'node.fetchFailed': 'Node {major} could not be fetched from the npm registry (check the internet connection).',
};
