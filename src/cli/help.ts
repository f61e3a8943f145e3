/** The Indonesian usage text of `cermat bantuan`. */

export const HELP_TEXT = `Cermat — pemeriksa tabel kinerja dan anggaran LKjIP/LAKIP

Pemakaian:
  cermat periksa BERKAS.xlsx [BERKAS.xlsx | FOLDER …] [opsi]
  cermat bantuan          tampilkan teks ini
  cermat --versi          tampilkan versi

Perintah periksa mengenali tabel kinerja, anggaran, efisiensi dan skala predikat pada setiap
lembar, menghitung ulang angkanya, lalu melaporkan sel yang salah atau patut dicek.
Folder: semua berkas .xlsx langsung di dalamnya (tanpa subfolder; berkas kunci ~$ dilewati).

Opsi:
  --json                 cetak laporan JSON (format laporan Cermat) saja ke stdout:
                         satu objek untuk satu berkas, larik (array) untuk folder atau
                         beberapa berkas; satu berkas yang tidak dapat dibaca menjadi
                         objek {"file", "error"}; dalam larik berkas itu tidak masuk
                         JSON; pesannya juga ke stderr
  --keluaran HASIL.xlsx  simpan salinan bertanda: sel temuan diberi warna dan catatan,
                         ditambah lembar "Hasil Pemeriksaan"; selebihnya (grafik, gambar,
                         nama, pengaturan cetak, proteksi …) tetap utuh; berkas asli tidak
                         diubah (hanya untuk satu berkas masukan). Memeriksa salinan
                         bertanda lagi mengganti tanda Cermat yang lama
  --timpa                ganti berkas --keluaran yang sudah ada (tanpa ini Cermat menolak)
  --skala NAMA           pakai profil skala predikat bawaan ini, bukan skala yang ditemukan
                         pada buku kerja
  --tahun TAHUN          tahun laporan, bila tidak ingin ditebak dari judul dan nama berkas

Kode keluar:
  0  tidak ada temuan "salah" (peringatan dan catatan tidak mengubah kode)
  1  ada temuan "salah"
  2  ada masukan yang tidak dapat dipakai (berkas tidak ada, bukan .xlsx, rusak, dilindungi
     kata sandi) atau perintah keliru. Kode 2 mengalahkan 1: berkas lain tetap diperiksa dan
     dilaporkan, tetapi hasilnya tidak lengkap.

Warna hanya dipakai bila keluaran ke terminal dan NO_COLOR tidak diset.
`;
