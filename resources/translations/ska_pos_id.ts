<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Supervisor approval</source>
        <translation>Persetujuan supervisor</translation>
    </message>
    <message>
        <source>Supervisor user name</source>
        <translation>Nama pengguna supervisor</translation>
    </message>
    <message>
        <source>Approval error</source>
        <translation>Kesalahan persetujuan</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Memeriksa PIN…</translation>
    </message>
    <message>
        <source>Checking the PIN</source>
        <translation>Memeriksa PIN</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Earnings per day</source>
        <translation>Penghasilan per hari</translation>
    </message>
    <message>
        <source>{count} bars, {total} in all</source>
        <translation>{count} batang, seluruhnya {total}</translation>
    </message>
    <message>
        <source>; highest {amount} on {label}</source>
        <translation>; tertinggi {amount} pada {label}</translation>
    </message>
    <message>
        <source>Workers&apos; earnings</source>
        <translation>Penghasilan pekerja</translation>
    </message>
    <message>
        <source>Outlet&apos;s share</source>
        <translation>Bagian gerai</translation>
    </message>
    <message>
        <source>Outlets compared</source>
        <translation>Perbandingan gerai</translation>
    </message>
    <message>
        <source>{code}: net {net}, workers {workers}</source>
        <translation>{code}: bersih {net}, pekerja {workers}</translation>
    </message>
    <message>
        <source>Worker&apos;s statement</source>
        <translation>Laporan penghasilan pekerja</translation>
    </message>
    <message>
        <source>Preparing the statement…</source>
        <translation>Menyiapkan laporan penghasilan…</translation>
    </message>
    <message>
        <source>Payout slip</source>
        <translation>Slip pembayaran penghasilan</translation>
    </message>
    <message>
        <source>Preparing the payout slip…</source>
        <translation>Menyiapkan slip pembayaran penghasilan…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Terjadi kesalahan: {error}</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Tidak bisa dilakukan</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type the PIN, then Enter</source>
        <translation>Ketik PIN, lalu Enter</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Hapus angka terakhir</translation>
    </message>
    <message>
        <source>Confirm the PIN</source>
        <translation>Konfirmasi PIN</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Angka {digit}</translation>
    </message>
    <message>
        <source>The backup of the database failed: {reason}</source>
        <translation>Pencadangan basis data gagal: {reason}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>Something went wrong. Sales already saved are safe. The details are written in the log.</source>
        <translation>Terjadi kesalahan. Penjualan yang sudah tersimpan aman. Rinciannya dicatat di log.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>Simpan laporan masalah</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Berkas zip (*.zip)</translation>
    </message>
    <message>
        <source>Problem report saved: {file}</source>
        <translation>Laporan masalah disimpan: {file}</translation>
    </message>
    <message>
        <source>Saving the problem report…</source>
        <translation>Menyimpan laporan masalah…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved</source>
        <translation>Dibatalkan; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>The database did not answer within {seconds} seconds; nothing was shown or saved. Try again, and call the administrator if it goes on</source>
        <translation>Database tidak menjawab dalam {seconds} detik; tidak ada yang ditampilkan atau disimpan. Coba lagi, dan hubungi administrator jika terus terjadi</translation>
    </message>
    <message>
        <source>The sale in progress was held at this till: F9 brings it back after logging in.</source>
        <translation>Penjualan yang sedang berjalan ditahan di mesin kasir ini: tekan F9 setelah masuk untuk mengembalikannya.</translation>
    </message>
    <message>
        <source>Close the business day {day} on till {till}? Its totals are sealed in the journal. Do it after the last shift of the day is closed.</source>
        <translation>Tutup hari usaha {day} di mesin kasir {till}? Totalnya dikunci di jurnal. Lakukan setelah shift terakhir hari itu ditutup.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>The day is closed: closing no. {number}, journal entries {first} to {last}, hash {hash}.</source>
        <translation>Hari sudah ditutup: penutupan no. {number}, catatan jurnal {first} sampai {last}, hash {hash}.</translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation>Menutup hari…</translation>
    </message>
    <message>
        <source>Disk full: the sale was NOT saved; the cart is still here. Make room on the disk that holds the database (or call the administrator), then pay again.</source>
        <translation>Disk penuh: penjualan TIDAK tersimpan; keranjang masih ada. Kosongkan ruang pada disk tempat database disimpan (atau hubungi administrator), lalu bayar lagi.</translation>
    </message>
    <message>
        <source>The disk could not be written (an I/O error): the sale was NOT saved; the cart is still here. Pay once more; if it happens again, call the administrator: the disk may be failing.</source>
        <translation>Disk tidak dapat ditulis (kesalahan I/O): penjualan TIDAK tersimpan; keranjang masih ada. Bayar sekali lagi; jika terjadi lagi, hubungi administrator: disknya mungkin rusak.</translation>
    </message>
    <message>
        <source>The sale was NOT saved: {reason}</source>
        <translation>Penjualan TIDAK tersimpan: {reason}</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits</source>
        <translation>PIN terdiri dari 4 sampai 8 angka</translation>
    </message>
    <message>
        <source>The two PINs are not the same</source>
        <translation>Kedua PIN tidak sama</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>penjualan</translation>
    </message>
    <message>
        <source>void</source>
        <translation>pembatalan</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>pengembalian dana</translation>
    </message>
    <message>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>consigned in</source>
        <translation>titip jual masuk</translation>
    </message>
    <message>
        <source>returned to maker</source>
        <translation>dikembalikan ke pembuat</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>transfer keluar</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transfer masuk</translation>
    </message>
    <message>
        <source>waste</source>
        <translation>dibuang</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>penyesuaian</translation>
    </message>
    <message>
        <source>stock take</source>
        <translation>stok opname</translation>
    </message>
    <message>
        <source>recipe</source>
        <translation>resep</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>stok menipis</translation>
    </message>
    <message>
        <source>Choose a file of opening stock</source>
        <translation>Pilih berkas stok awal</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Opening stock imported: {count} items.</source>
        <translation>Stok awal diimpor: {count} produk.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row problem(s) in {file}. Fix them in the spreadsheet and import it again.</source>
        <translation>Tidak ada yang diimpor: {count} masalah baris di {file}. Perbaiki di lembar kerja, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Export the stock on hand</source>
        <translation>Ekspor stok tersedia</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>{count} items written to {file}</source>
        <translation>{count} produk ditulis ke {file}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Correct the earnings of {name}</source>
        <translation>Koreksi penghasilan {name}</translation>
    </message>
    <message>
        <source>Amount to add; start with a minus to take away</source>
        <translation>Jumlah yang ditambahkan; awali dengan minus untuk mengurangi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&amp;Amount (+ or -)</source>
        <translation>&amp;Jumlah (+ atau -)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Type the amount, for example 25000 to add or -25000 to take away</source>
        <translation>Ketik jumlahnya, misalnya 25000 untuk menambah atau -25000 untuk mengurangi</translation>
    </message>
    <message>
        <source>Give the reason for the correction</source>
        <translation>Tuliskan alasan koreksi</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Catat janji temu</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Nomor telepon pelanggan</translation>
    </message>
    <message>
        <source>Services (Space checks one)</source>
        <translation>Layanan (Spasi mencentang satu)</translation>
    </message>
    <message>
        <source>{service} · {minutes} min</source>
        <translation>{service} · {minutes} menit</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Lama pengerjaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>No customer found: write the name instead</source>
        <translation>Pelanggan tidak ditemukan: tulis namanya saja</translation>
    </message>
    <message>
        <source>Takes {minutes} min</source>
        <translation>Memakan waktu {minutes} menit</translation>
    </message>
    <message>
        <source>No service chosen</source>
        <translation>Belum ada layanan yang dipilih</translation>
    </message>
    <message>
        <source>Choose the customer, or write their name</source>
        <translation>Pilih pelanggan, atau tulis namanya</translation>
    </message>
    <message>
        <source>Check at least one service</source>
        <translation>Centang sedikitnya satu layanan</translation>
    </message>
    <message>
        <source>Choose the worker</source>
        <translation>Pilih pekerja</translation>
    </message>
</context>
<context>
    <name>CartController</name>
    <message>
        <source>Wait a moment: the sale is being saved</source>
        <translation>Tunggu sebentar: penjualan sedang disimpan</translation>
    </message>
    <message>
        <source>Wait a moment: the last item is still being added</source>
        <translation>Tunggu sebentar: barang terakhir masih sedang ditambahkan</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>⚠ Choose (F4)</source>
        <translation>⚠ Pilih (F4)</translation>
    </message>
    <message>
        <source>Price changed from {price}</source>
        <translation>Harga diubah dari {price}</translation>
    </message>
    <message>
        <source>⚠ Choose the options (Ctrl+O)</source>
        <translation>⚠ Pilih opsinya (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <source>Cart</source>
        <translation>Keranjang</translation>
    </message>
    <message>
        <source>Up and down choose a line; + and - change the quantity; Del removes; Enter chooses the worker</source>
        <translation>Atas dan bawah memilih baris; + dan - mengubah jumlah; Del menghapus; Enter memilih pekerja</translation>
    </message>
    <message>
        <source>Cart columns</source>
        <translation>Kolom keranjang</translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation>Nomor baris</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>Amount in rupiah</source>
        <translation>Nominal dalam rupiah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Cash actions</source>
        <translation>Tindakan kas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Taking cash out needs a supervisor&apos;s PIN.</source>
        <translation>Kas keluar perlu PIN supervisor.</translation>
    </message>
    <message>
        <source>Small change from the office</source>
        <translation>Uang receh dari kantor</translation>
    </message>
    <message>
        <source>Top-up of the float</source>
        <translation>Tambahan modal awal</translation>
    </message>
    <message>
        <source>Purchase of supplies</source>
        <translation>Pembelian perlengkapan</translation>
    </message>
    <message>
        <source>Cash handed to the office</source>
        <translation>Uang disetor ke kantor</translation>
    </message>
    <message>
        <source>Take {amount} out of the drawer: {reason}</source>
        <translation>Ambil {amount} dari laci: {reason}</translation>
    </message>
</context>
<context>
    <name>CashPanel</name>
    <message>
        <source>Cash received</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Cash received, then Enter</source>
        <translation>Uang diterima, lalu Enter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Take cash (Enter)</source>
        <translation>Terima tunai (Enter)</translation>
    </message>
    <message>
        <source>Take the cash typed</source>
        <translation>Terima uang tunai yang diketik</translation>
    </message>
    <message>
        <source>Quick amounts</source>
        <translation>Nominal cepat</translation>
    </message>
    <message>
        <source>Exact: {amount}</source>
        <translation>Uang pas: {amount}</translation>
    </message>
    <message>
        <source>Cash {amount}</source>
        <translation>Tunai {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Kembalian {amount}</translation>
    </message>
    <message>
        <source>⚠ Type the cash received, for example 50000</source>
        <translation>⚠ Ketik uang yang diterima, misalnya 50000</translation>
    </message>
</context>
<context>
    <name>CatalogImportTab</name>
    <message>
        <source>Import a catalogue</source>
        <translation>Impor katalog</translation>
    </message>
    <message>
        <source>A CSV or XLSX file whose first row names the columns: sku, name and price, and if you like outlet_code, category, kind (product or service), unit (pcs, kg, m, l, ml, service), barcodes (separated by ;), maker_code, track_stock (ya), min_quantity and duration (a service&apos;s minutes). Every row is checked before anything is saved; a file with any wrong row imports nothing.</source>
        <translation>Berkas CSV atau XLSX yang baris pertamanya menyebut nama kolom: sku, name dan price, dan bila perlu outlet_code, category, kind (product atau service), unit (pcs, kg, m, l, ml, service), barcodes (dipisah dengan ;), maker_code, track_stock (ya), min_quantity dan duration (menit sebuah layanan). Setiap baris diperiksa sebelum ada yang disimpan; berkas dengan satu baris salah saja tidak diimpor sama sekali.</translation>
    </message>
    <message>
        <source>Outlet for rows without outlet_code</source>
        <translation>Gerai untuk baris tanpa outlet_code</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>P&amp;eriksa lagi</translation>
    </message>
    <message>
        <source>Check the file again</source>
        <translation>Periksa berkas lagi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import the catalogue</source>
        <translation>Impor katalog</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Baris berkas</translation>
    </message>
    <message>
        <source>O&amp;utlet for rows without outlet_code:</source>
        <translation>Gerai untuk baris &amp;tanpa outlet_code:</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Pilih berkas katalog</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <source>Choose a file to check it.</source>
        <translation>Pilih berkas untuk memeriksanya.</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s). Nothing will be imported: fix the rows below in the spreadsheet, save it and check again.</source>
        <translation>{file}: {count} masalah. Tidak ada yang akan diimpor: perbaiki baris di bawah ini di lembar kerja, simpan, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>{file}: every row is right. Importing adds {new} item(s), changes {changed} and leaves {unchanged} as they are.</source>
        <translation>{file}: semua baris benar. Impor akan menambah {new} barang, mengubah {changed} dan membiarkan {unchanged} seperti adanya.</translation>
    </message>
    <message>
        <source>Importing the catalogue…</source>
        <translation>Mengimpor katalog…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Imported: {new} new item(s), {changed} changed, {unchanged} unchanged. The prices set are below.</source>
        <translation>Sudah diimpor: {new} barang baru, {changed} diubah, {unchanged} tetap. Harga yang ditetapkan ada di bawah.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Tidak ada yang diimpor: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogOutletBar</name>
    <message>
        <source>Outlet of the catalogue</source>
        <translation>Gerai katalog</translation>
    </message>
    <message>
        <source>Outlet whose catalogue is shown</source>
        <translation>Gerai yang katalognya ditampilkan</translation>
    </message>
    <message>
        <source>Outl&amp;et:</source>
        <translation>&amp;Gerai:</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Barang</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Kat&amp;egori</translation>
    </message>
    <message>
        <source>I&amp;mport a file</source>
        <translation>I&amp;mpor berkas</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Stok</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>Button</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
</context>
<context>
    <name>CategoryNameDialog</name>
    <message>
        <source>Rename {name}</source>
        <translation>Ganti nama {name}</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategori baru</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nama kategori</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Fill in the category&apos;s name</source>
        <translation>Isi nama kategori</translation>
    </message>
</context>
<context>
    <name>CategoryPanel</name>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Categories in the quick buttons&apos; order</source>
        <translation>Kategori menurut urutan tombol cepat</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Kategori baru</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Deactivate or reactivate</source>
        <translation>Nonaktifkan atau aktifkan lagi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Choose a category in the list first.</source>
        <translation>Pilih kategori di daftar dulu.</translation>
    </message>
</context>
<context>
    <name>CloseShiftPage</name>
    <message>
        <source>Close the shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Tunai seharusnya</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Tunai terhitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>What the difference means</source>
        <translation>Arti selisih</translation>
    </message>
    <message>
        <source>Note (for example why the cash differs)</source>
        <translation>Catatan (misalnya mengapa uangnya berbeda)</translation>
    </message>
    <message>
        <source>Close the shift and print the report</source>
        <translation>Tutup shift dan cetak laporan</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer: how many of each note and coin?</source>
        <translation>Hitung semua uang di laci: berapa lembar atau keping tiap pecahan?</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>A difference of more than {limit} needs a supervisor&apos;s PIN.</source>
        <translation>Selisih lebih dari {limit} perlu PIN supervisor.</translation>
    </message>
    <message>
        <source>Short: less cash than expected</source>
        <translation>Kurang: uang lebih sedikit dari seharusnya</translation>
    </message>
    <message>
        <source>Over: more cash than expected</source>
        <translation>Lebih: uang lebih banyak dari seharusnya</translation>
    </message>
    <message>
        <source>Even: the cash matches</source>
        <translation>Pas: uangnya cocok</translation>
    </message>
    <message>
        <source>needs a supervisor</source>
        <translation>perlu supervisor</translation>
    </message>
    <message>
        <source>Difference: {amount}, {words}</source>
        <translation>Selisih: {amount}, {words}</translation>
    </message>
    <message>
        <source>Close the shift with a difference of {amount}</source>
        <translation>Tutup shift dengan selisih {amount}</translation>
    </message>
</context>
<context>
    <name>CountApprovalDialog</name>
    <message>
        <source>Approve the stock take</source>
        <translation>Setujui stok opname</translation>
    </message>
    <message>
        <source>{count} of {counted} counted items differ from the stock. Give a reason for each; approving posts them. Items not counted are not touched.</source>
        <translation>{count} dari {counted} barang yang dihitung berbeda dari stok. Tuliskan alasan tiap selisih; menyetujui mencatatnya ke stok. Barang yang tidak dihitung tidak diubah.</translation>
    </message>
    <message>
        <source>No counted item differs from the stock: approving closes the stock take.</source>
        <translation>Tidak ada barang yang dihitung berbeda dari stok: menyetujui menutup stok opname.</translation>
    </message>
    <message>
        <source>What approving does</source>
        <translation>Apa yang terjadi bila disetujui</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>One reason for every line without one</source>
        <translation>Satu alasan untuk semua baris yang belum beralasan</translation>
    </message>
    <message>
        <source>Use for the empty reasons</source>
        <translation>Pakai untuk alasan yang kosong</translation>
    </message>
    <message>
        <source>Approve and post</source>
        <translation>Setujui dan catat</translation>
    </message>
    <message>
        <source>Reason for the difference of {name}</source>
        <translation>Alasan selisih {name}</translation>
    </message>
    <message>
        <source>Give the reason for the difference of {name}</source>
        <translation>Tuliskan alasan selisih {name}</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>Stock take</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>The stock take in progress</source>
        <translation>Stok opname yang sedang berjalan</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Yang dihitung</translation>
    </message>
    <message>
        <source>Start a count</source>
        <translation>Mulai menghitung</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>Jumlah terhitung</translation>
    </message>
    <message>
        <source>Quantity (empty: add one per scan)</source>
        <translation>Jumlah (kosong: tambah satu per pindai)</translation>
    </message>
    <message>
        <source>Barcode or SKU</source>
        <translation>Barcode atau SKU</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU</source>
        <translation>Pindai atau ketik barcode atau SKU</translation>
    </message>
    <message>
        <source>What the last count did</source>
        <translation>Hasil hitungan terakhir</translation>
    </message>
    <message>
        <source>Counted items and differences</source>
        <translation>Barang terhitung dan selisihnya</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Nothing has been counted yet.</source>
        <translation>Belum ada yang dihitung.</translation>
    </message>
    <message>
        <source>Approve the differences</source>
        <translation>Setujui selisih</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>Batalkan hitungan</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>Lembar hitung</translation>
    </message>
    <message>
        <source>What to do with the stock take</source>
        <translation>Tindakan untuk stok opname</translation>
    </message>
    <message>
        <source>The whole outlet</source>
        <translation>Seluruh gerai</translation>
    </message>
    <message>
        <source>No stock take is open.</source>
        <translation>Tidak ada stok opname yang terbuka.</translation>
    </message>
    <message>
        <source>the whole outlet</source>
        <translation>seluruh gerai</translation>
    </message>
    <message>
        <source>Counting {what} since {moment}</source>
        <translation>Menghitung {what} sejak {moment}</translation>
    </message>
    <message>
        <source>{name}: counted {counted}</source>
        <translation>{name}: terhitung {counted}</translation>
    </message>
    <message>
        <source>{count} differences posted.</source>
        <translation>{count} selisih sudah dicatat.</translation>
    </message>
    <message>
        <source>Cancel this stock take? Nothing counted is posted.</source>
        <translation>Batalkan stok opname ini? Tidak ada hitungan yang dicatat.</translation>
    </message>
    <message>
        <source>Preparing the count sheet…</source>
        <translation>Menyiapkan lembar hitung…</translation>
    </message>
</context>
<context>
    <name>CounterActions</name>
    <message>
        <source>Order {number}: its ticket printed again</source>
        <translation>Pesanan {number}: notanya dicetak ulang</translation>
    </message>
    <message>
        <source>Moved to: {stage}</source>
        <translation>Pindah ke: {stage}</translation>
    </message>
    <message>
        <source>Order {number}: a down payment or part payment</source>
        <translation>Pesanan {number}: uang muka atau cicilan</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Terima pembayaran</translation>
    </message>
    <message>
        <source>Payment of {amount} taken</source>
        <translation>Pembayaran {amount} diterima</translation>
    </message>
    <message>
        <source>Order {number} collected</source>
        <translation>Pesanan {number} diambil</translation>
    </message>
    <message>
        <source>owed: {amount}</source>
        <translation>utang: {amount}</translation>
    </message>
    <message>
        <source>{amount} given back on order {number}</source>
        <translation>{amount} dikembalikan untuk pesanan {number}</translation>
    </message>
    <message>
        <source>Give back money on order {number}</source>
        <translation>Kembalikan uang pesanan {number}</translation>
    </message>
    <message>
        <source>Order {number}, down payment held {amount}</source>
        <translation>Pesanan {number}, uang muka dipegang {amount}</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>give back {amount}</source>
        <translation>kembalikan {amount}</translation>
    </message>
    <message>
        <source>Cancel order {number}</source>
        <translation>Batalkan pesanan {number}</translation>
    </message>
    <message>
        <source>Order {number} cancelled</source>
        <translation>Pesanan {number} dibatalkan</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer of this sale</source>
        <translation>Pelanggan penjualan ini</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Type part of the name or the whole phone number, then choose below</source>
        <translation>Ketik sebagian nama atau nomor telepon lengkap, lalu pilih di bawah</translation>
    </message>
    <message>
        <source>Name or whole phone number…</source>
        <translation>Nama atau nomor telepon lengkap…</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Pelanggan yang ditemukan</translation>
    </message>
    <message>
        <source>Tap a customer or press Enter to attach them to the sale</source>
        <translation>Sentuh pelanggan atau tekan Enter untuk memasangkannya ke penjualan</translation>
    </message>
    <message>
        <source>Customer now</source>
        <translation>Pelanggan saat ini</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Tanpa pelanggan</translation>
    </message>
    <message>
        <source>Take the customer off this sale</source>
        <translation>Lepaskan pelanggan dari penjualan ini</translation>
    </message>
    <message>
        <source>New customer&apos;s name</source>
        <translation>Nama pelanggan baru</translation>
    </message>
    <message>
        <source>New customer&apos;s phone (optional)</source>
        <translation>Telepon pelanggan baru (boleh kosong)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Add new customer</source>
        <translation>Tambah pelanggan baru</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>No customer on this sale yet.</source>
        <translation>Belum ada pelanggan pada penjualan ini.</translation>
    </message>
    <message>
        <source>Customer now: {name}</source>
        <translation>Pelanggan saat ini: {name}</translation>
    </message>
    <message>
        <source>{count} more: type more of the name</source>
        <translation>{count} lagi: ketik lebih banyak dari namanya</translation>
    </message>
    <message>
        <source>Type the new customer&apos;s name</source>
        <translation>Ketik nama pelanggan baru</translation>
    </message>
    <message>
        <source>Choose a customer from the list, or add a new one</source>
        <translation>Pilih pelanggan dari daftar, atau tambahkan yang baru</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Fill in the customer&apos;s name</source>
        <translation>Isi nama pelanggan</translation>
    </message>
    <message>
        <source>Wait a moment: the phone number is being read</source>
        <translation>Tunggu sebentar: nomor telepon sedang dibaca</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <source>Find in the customer list</source>
        <translation>Cari di daftar pelanggan</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Pelanggan yang ditemukan</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Type part of a name, or a whole phone number</source>
        <translation>Ketik sebagian nama, atau nomor telepon lengkap</translation>
    </message>
    <message>
        <source>Name or whole phone number…</source>
        <translation>Nama atau nomor telepon lengkap…</translation>
    </message>
    <message>
        <source>Which customers are shown</source>
        <translation>Pelanggan yang ditampilkan</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Choose a customer in the list first.</source>
        <translation>Pilih pelanggan di daftar dulu.</translation>
    </message>
</context>
<context>
    <name>DailySummaryDialog</name>
    <message>
        <source>Daily summary</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Only a supervisor or manager can print the daily summary.</source>
        <translation>Hanya supervisor atau pengelola yang dapat mencetak laporan harian.</translation>
    </message>
    <message>
        <source>Outlet or whole sentra</source>
        <translation>Gerai atau seluruh sentra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Thermal 80 mm</source>
        <translation>Termal 80 mm</translation>
    </message>
    <message>
        <source>Thermal 58 mm</source>
        <translation>Termal 58 mm</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Show the summary; print it on any printer or save it from there</source>
        <translation>Tampilkan laporan; cetak di printer mana saja atau simpan dari sana</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Cetak di printer struk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Whole sentra (all outlets)</source>
        <translation>Seluruh sentra (semua gerai)</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <source>Printing the summary…</source>
        <translation>Mencetak laporan…</translation>
    </message>
    <message>
        <source>No receipt printer is set up for this till.</source>
        <translation>Belum ada printer struk untuk mesin kasir ini.</translation>
    </message>
    <message>
        <source>The report was printed.</source>
        <translation>Laporan sudah dicetak.</translation>
    </message>
    <message>
        <source>Not printed: {message}</source>
        <translation>Tidak tercetak: {message}</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>free</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>sudah datang</translation>
    </message>
</context>
<context>
    <name>DemoPinsPage</name>
    <message>
        <source>Demo users and PINs</source>
        <translation>Pengguna dan PIN demo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN of {name}: {pin}</source>
        <translation>PIN {name}: {pin}</translation>
    </message>
    <message>
        <source>I have noted the PINs: continue</source>
        <translation>PIN sudah saya catat: lanjutkan</translation>
    </message>
    <message>
        <source>Demo data is ready</source>
        <translation>Data demo sudah siap</translation>
    </message>
    <message>
        <source>Write these PINs down now: they are shown only this once. Each person logs in with their own name and PIN.</source>
        <translation>Catat PIN ini sekarang: PIN hanya ditampilkan kali ini saja. Setiap orang masuk dengan nama dan PIN-nya sendiri.</translation>
    </message>
    <message>
        <source>This computer is now the demo&apos;s till {till}: an administrator can move it to another till later.</source>
        <translation>Komputer ini sekarang mesin kasir demo {till}: administrator dapat memindahkannya ke mesin kasir lain nanti.</translation>
    </message>
</context>
<context>
    <name>DenominationCounter</name>
    <message>
        <source>Count of notes and coins</source>
        <translation>Hitungan uang kertas dan koin</translation>
    </message>
    <message>
        <source>How many of {value}</source>
        <translation>Jumlah pecahan {value}</translation>
    </message>
    <message>
        <source>One less of {value}</source>
        <translation>Kurangi satu {value}</translation>
    </message>
    <message>
        <source>One more of {value}</source>
        <translation>Tambah satu {value}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Before discount: {amount}</source>
        <translation>Sebelum diskon: {amount}</translation>
    </message>
    <message>
        <source>Percent (%)</source>
        <translation>Persen (%)</translation>
    </message>
    <message>
        <source>Discount in percent</source>
        <translation>Diskon dalam persen</translation>
    </message>
    <message>
        <source>Rupiah (Rp)</source>
        <translation>Rupiah (Rp)</translation>
    </message>
    <message>
        <source>Discount in rupiah</source>
        <translation>Diskon dalam rupiah</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>For example 10 (percent) or 5000 (rupiah)</source>
        <translation>Misalnya 10 (persen) atau 5000 (rupiah)</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Tanpa diskon</translation>
    </message>
    <message>
        <source>Remove the discount</source>
        <translation>Hapus diskon</translation>
    </message>
</context>
<context>
    <name>DueDatesDialog</name>
    <message>
        <source>Orders by promised date</source>
        <translation>Pesanan menurut tanggal janji</translation>
    </message>
    <message>
        <source>Orders with no promised date</source>
        <translation>Pesanan tanpa tanggal janji</translation>
    </message>
    <message>
        <source>Past the promised time · {count}</source>
        <translation>Lewat waktu janji · {count}</translation>
    </message>
    <message>
        <source>Open orders with no promised date: {count}</source>
        <translation>Pesanan terbuka tanpa tanggal janji: {count}</translation>
    </message>
    <message>
        <source>No orders promised</source>
        <translation>Tidak ada pesanan yang dijanjikan</translation>
    </message>
    <message>
        <source>Days, how many orders are promised and fittings booked</source>
        <translation>Hari, jumlah pesanan yang dijanjikan dan fitting yang dipesan</translation>
    </message>
    <message>
        <source>The day&apos;s orders and fittings</source>
        <translation>Pesanan dan fitting hari itu</translation>
    </message>
    <message>
        <source> · fittings {count}</source>
        <translation> · fitting {count}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>Fitting {when} · {order} · {customer} · {state}</source>
        <translation>Fitting {when} · {order} · {customer} · {state}</translation>
    </message>
</context>
<context>
    <name>EarningsTab</name>
    <message>
        <source>Worker earnings</source>
        <translation>Penghasilan pekerja</translation>
    </message>
    <message>
        <source>Search by worker code or name</source>
        <translation>Cari menurut kode atau nama pekerja</translation>
    </message>
    <message>
        <source>Search code or name…</source>
        <translation>Cari kode atau nama…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>Pemeriksaan buku besar</translation>
    </message>
    <message>
        <source>Earnings per worker</source>
        <translation>Penghasilan per pekerja</translation>
    </message>
    <message>
        <source>Worker detail and payout</source>
        <translation>Rincian pekerja dan pembayaran penghasilan</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Ekspor XLSX</translation>
    </message>
    <message>
        <source>Adding up earnings…</source>
        <translation>Menjumlahkan penghasilan…</translation>
    </message>
    <message>
        <source>{count} workers · credited {credited} · opening balance {opening} · earnings {earnings} · tips {tips} · paid out {paid} · balance {balance}</source>
        <translation>{count} pekerja · penjualan atas nama pekerja {credited} · saldo awal {opening} · penghasilan {earnings} · tip {tips} · dibayarkan {paid} · saldo {balance}</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>seimbang</translation>
    </message>
    <message>
        <source>NOT BALANCED: tell the administrator</source>
        <translation>TIDAK SEIMBANG: beri tahu administrator</translation>
    </message>
    <message>
        <source>Net revenue {net} = workers&apos; earnings {workers} + outlets&apos; share {outlets}: {verdict}</source>
        <translation>Penjualan bersih {net} = penghasilan pekerja {workers} + bagian gerai {outlets}: {verdict}</translation>
    </message>
    <message>
        <source>Choose a worker in the list first.</source>
        <translation>Pilih dulu pekerja di daftar.</translation>
    </message>
    <message>
        <source>Export earnings</source>
        <translation>Ekspor penghasilan</translation>
    </message>
    <message>
        <source>{count} workers written to {file}</source>
        <translation>{count} pekerja ditulis ke {file}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>EarningsTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Penjualan atas nama pekerja</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (tidak aktif)</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <source>Discount on {item}</source>
        <translation>Diskon untuk {item}</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Diskon untuk seluruh penjualan</translation>
    </message>
    <message>
        <source>Quantity of {item} ({unit}), for example 1,5</source>
        <translation>Jumlah {item} ({unit}), misalnya 1,5</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>New unit price of {item} (list price {price})</source>
        <translation>Harga satuan baru {item} (harga daftar {price})</translation>
    </message>
    <message>
        <source>Price of {item}: {old} → {new}</source>
        <translation>Harga {item}: {old} → {new}</translation>
    </message>
    <message>
        <source>Change the price</source>
        <translation>Ubah harga</translation>
    </message>
    <message>
        <source>Note for the kitchen on {item}, for example: less sugar</source>
        <translation>Catatan dapur untuk {item}, misalnya: kurang manis</translation>
    </message>
    <message>
        <source>Kitchen note</source>
        <translation>Catatan dapur</translation>
    </message>
    <message>
        <source>Not changed: a supervisor did not approve</source>
        <translation>Tidak diubah: supervisor tidak menyetujui</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Make this computer a till</source>
        <translation>Jadikan komputer ini mesin kasir</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nama pengguna administrator</translation>
    </message>
    <message>
        <source>Administrator&apos;s PIN</source>
        <translation>PIN administrator</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Mesin kasir</translation>
    </message>
    <message>
        <source>New till code</source>
        <translation>Kode mesin kasir baru</translation>
    </message>
    <message>
        <source>Reason for taking the till over</source>
        <translation>Alasan mengambil alih mesin kasir</translation>
    </message>
    <message>
        <source>Only when the till is enrolled on another computer</source>
        <translation>Hanya bila mesin kasir terdaftar di komputer lain</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Reason for a take-over</source>
        <translation>Alasan ambil alih</translation>
    </message>
    <message>
        <source>Make this computer this till</source>
        <translation>Jadikan komputer ini mesin kasir tersebut</translation>
    </message>
    <message>
        <source>Enrolment problem</source>
        <translation>Masalah pendaftaran</translation>
    </message>
    <message>
        <source>This computer is not a till yet</source>
        <translation>Komputer ini belum menjadi mesin kasir</translation>
    </message>
    <message>
        <source>An administrator makes this computer a till: log in with your PIN, then choose the outlet and the till (or type a new till code to add one). This computer ({host}) keeps the choice.</source>
        <translation>Administrator menjadikan komputer ini mesin kasir: masuk dengan PIN Anda, lalu pilih gerai dan mesin kasirnya (atau ketik kode mesin kasir baru untuk menambahkannya). Komputer ini ({host}) menyimpan pilihan itu.</translation>
    </message>
    <message>
        <source>A new till (type its code)</source>
        <translation>Mesin kasir baru (ketik kodenya)</translation>
    </message>
    <message>
        <source>Choose an outlet and a till.</source>
        <translation>Pilih gerai dan mesin kasir.</translation>
    </message>
    <message>
        <source>Type the new till&apos;s code.</source>
        <translation>Ketik kode mesin kasir baru.</translation>
    </message>
    <message>
        <source>Enrolling this computer…</source>
        <translation>Mendaftarkan komputer ini…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase the personal data of {name}</source>
        <translation>Hapus data pribadi {name}</translation>
    </message>
    <message>
        <source>NIK, phone, bank, account number and the date of consent are removed for good. The worker&apos;s earnings, payouts and statements stay as they are.</source>
        <translation>NIK, telepon, bank, nomor rekening, dan tanggal persetujuan dihapus untuk selamanya. Penghasilan, pembayaran, dan laporan pekerja tetap seperti adanya.</translation>
    </message>
    <message>
        <source>Why the data is erased</source>
        <translation>Alasan data dihapus</translation>
    </message>
    <message>
        <source>for example: consent withdrawn on 6 December</source>
        <translation>misalnya: persetujuan ditarik pada 6 Desember</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Say why the data is erased</source>
        <translation>Sebutkan alasan data dihapus</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>First start</source>
        <translation>Penyiapan awal</translation>
    </message>
    <message>
        <source>Setup problem</source>
        <translation>Masalah penyiapan</translation>
    </message>
    <message>
        <source>Welcome to SKA POS</source>
        <translation>Selamat datang di SKA POS</translation>
    </message>
    <message>
        <source>This database is empty. Set up your sentra, or try the till with demo data.</source>
        <translation>Basis data ini masih kosong. Siapkan sentra Anda, atau coba mesin kasir dengan data demo.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Siapkan</translation>
    </message>
    <message>
        <source>Sentra name</source>
        <translation>Nama sentra</translation>
    </message>
    <message>
        <source>For example: Sentra Budi Luhur</source>
        <translation>Misalnya: Sentra Budi Luhur</translation>
    </message>
    <message>
        <source>Outlet name</source>
        <translation>Nama gerai</translation>
    </message>
    <message>
        <source>Outlet kind</source>
        <translation>Jenis gerai</translation>
    </message>
    <message>
        <source>Till code</source>
        <translation>Kode mesin kasir</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Nama administrator</translation>
    </message>
    <message>
        <source>Administrator&apos;s PIN (4 to 8 digits)</source>
        <translation>PIN administrator (4 sampai 8 angka)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Set up and start</source>
        <translation>Siapkan dan mulai</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Siapkan mesin kasir ini</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Use demo data</source>
        <translation>Pakai data demo</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Kemajuan data demo</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Hanya ingin mencoba?</translation>
    </message>
    <message>
        <source>Demo data makes a sentra with five outlets, workers, items and two weeks of sales. The login screen says DATA DEMO while it is in use.</source>
        <translation>Data demo membuat satu sentra dengan lima gerai, pekerja, barang, dan penjualan selama dua minggu. Layar masuk menampilkan DATA DEMO selama data ini dipakai.</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Kafe</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Laundry</translation>
    </message>
    <message>
        <source>Tailoring (jahit)</source>
        <translation>Jahit (penjahitan)</translation>
    </message>
    <message>
        <source>Shop or gallery</source>
        <translation>Toko atau galeri</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>Preparing demo data… this takes a few seconds.</source>
        <translation>Menyiapkan data demo… ini perlu beberapa detik.</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Menyiapkan data demo…</translation>
    </message>
</context>
<context>
    <name>FittingsDialog</name>
    <message>
        <source>Fittings</source>
        <translation>Fitting</translation>
    </message>
    <message>
        <source>The order&apos;s fittings</source>
        <translation>Fitting pesanan ini</translation>
    </message>
    <message>
        <source>What the fitting found</source>
        <translation>Hasil fitting</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>Mark the chosen fitting done</source>
        <translation>Tandai fitting yang dipilih selesai</translation>
    </message>
    <message>
        <source>New fitting&apos;s date and time</source>
        <translation>Tanggal dan jam fitting baru</translation>
    </message>
    <message>
        <source>What to try on</source>
        <translation>Yang dicoba</translation>
    </message>
    <message>
        <source>&amp;Book fitting</source>
        <translation>&amp;Pesan fitting</translation>
    </message>
    <message>
        <source>Book another fitting</source>
        <translation>Pesan fitting berikutnya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>Choose a fitting still waiting</source>
        <translation>Pilih fitting yang masih menunggu</translation>
    </message>
</context>
<context>
    <name>FloorDialog</name>
    <message>
        <source>Tables</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Arrows or a table&apos;s number, then Enter; Esc closes</source>
        <translation>Panah atau nomor meja, lalu Enter; Esc menutup</translation>
    </message>
    <message>
        <source>How to choose a table</source>
        <translation>Cara memilih meja</translation>
    </message>
    <message>
        <source>Table {table}</source>
        <translation>Meja {table}</translation>
    </message>
    <message>
        <source>This outlet has no tables yet: the manager sets them</source>
        <translation>Gerai ini belum punya meja: manajer mengaturnya</translation>
    </message>
    <message>
        <source>Table {table}
Free</source>
        <translation>Meja {table}
Kosong</translation>
    </message>
    <message>
        <source>Table {table}
Open {time}
{total}</source>
        <translation>Meja {table}
Terbuka {time}
{total}</translation>
    </message>
</context>
<context>
    <name>GiveBackDialog</name>
    <message>
        <source>Give back part of the down payment</source>
        <translation>Kembalikan sebagian uang muka</translation>
    </message>
    <message>
        <source>Order {number}: down payment held {amount}</source>
        <translation>Pesanan {number}: uang muka tersimpan {amount}</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>Jumlah yang dikembalikan</translation>
    </message>
    <message>
        <source>Reason for giving it back</source>
        <translation>Alasan pengembalian</translation>
    </message>
    <message>
        <source>For example: less work than ordered</source>
        <translation>Misalnya: pekerjaan lebih sedikit dari pesanan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>What will be handed back</source>
        <translation>Yang diserahkan kembali</translation>
    </message>
    <message>
        <source>To hand back: {amount}</source>
        <translation>Diserahkan kembali: {amount}</translation>
    </message>
    <message>
        <source>Give a reason for giving the money back</source>
        <translation>Tuliskan alasan pengembalian uang</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keys of the till</source>
        <translation>Tombol keyboard mesin kasir</translation>
    </message>
    <message>
        <source>Every action also has a button you can touch.</source>
        <translation>Setiap tindakan juga punya tombol di layar yang bisa disentuh.</translation>
    </message>
    <message>
        <source>Key map</source>
        <translation>Daftar tombol</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsinya</translation>
    </message>
    <message>
        <source>Help actions</source>
        <translation>Tindakan bantuan</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Movements of {name}</source>
        <translation>Pergerakan stok {name}</translation>
    </message>
    <message>
        <source>On hand and average cost</source>
        <translation>Stok tersedia dan biaya rata-rata</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Pergerakan stok</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>On hand {quantity}, average cost {cost}</source>
        <translation>Stok tersedia {quantity}, biaya rata-rata {cost}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>HoldFlow</name>
    <message>
        <source>Hold this sale</source>
        <translation>Tahan penjualan ini</translation>
    </message>
    <message>
        <source>A name to find it again (optional), for example the customer or the table</source>
        <translation>Nama agar mudah ditemukan lagi (boleh kosong), misalnya nama pelanggan atau meja</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <source>Sale held ({label}). Press F9 to bring it back.</source>
        <translation>Penjualan ditahan ({label}). Tekan F9 untuk memanggilnya kembali.</translation>
    </message>
    <message>
        <source>Pay or hold (F8) this sale before recalling another</source>
        <translation>Bayar atau tahan (F8) penjualan ini sebelum memanggil kembali yang lain</translation>
    </message>
    <message>
        <source>There are no held sales at this till</source>
        <translation>Tidak ada penjualan yang ditahan di mesin kasir ini</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Held sale brought back</source>
        <translation>Penjualan yang ditahan sudah dipanggil kembali</translation>
    </message>
</context>
<context>
    <name>InTransitModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Receive goods from a supplier</source>
        <translation>Terima barang dari pemasok</translation>
    </message>
    <message>
        <source>A maker&apos;s consigned pieces</source>
        <translation>Barang titip jual dari pembuat</translation>
    </message>
    <message>
        <source>Consigned pieces back to the maker</source>
        <translation>Barang titip jual dikembalikan ke pembuat</translation>
    </message>
    <message>
        <source>Supplier&apos;s invoice number</source>
        <translation>Nomor faktur pemasok</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Nomor faktur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Barcode or SKU</source>
        <translation>Barcode atau SKU</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU</source>
        <translation>Pindai atau ketik barcode atau SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembuat</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <source>Agreed price per piece</source>
        <translation>Harga sepakat per buah</translation>
    </message>
    <message>
        <source>Choose who the goods come from.</source>
        <translation>Pilih asal barangnya.</translation>
    </message>
    <message>
        <source>Choose the maker.</source>
        <translation>Pilih pembuatnya.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Tambahkan paling sedikit satu barang.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Service speed</source>
        <translation>Kecepatan layanan</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Promise a time</source>
        <translation>Janjikan waktu</translation>
    </message>
    <message>
        <source>Promised date and time</source>
        <translation>Tanggal dan jam dijanjikan</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Dijanjikan</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Uang muka</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>Tambahkan minimal satu baris</translation>
    </message>
    <message>
        <source>Choose the customer, or write their name</source>
        <translation>Pilih pelanggan, atau tulis namanya</translation>
    </message>
</context>
<context>
    <name>IntakeLines</name>
    <message>
        <source>Find an item or service</source>
        <translation>Cari barang atau jasa</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Barang yang ditemukan</translation>
    </message>
    <message>
        <source>No item chosen</source>
        <translation>Belum ada barang dipilih</translation>
    </message>
    <message>
        <source>Chosen item</source>
        <translation>Barang terpilih</translation>
    </message>
    <message>
        <source>Quantity or kg</source>
        <translation>Jumlah atau kg</translation>
    </message>
    <message>
        <source>Line note</source>
        <translation>Catatan baris</translation>
    </message>
    <message>
        <source>Worker credited</source>
        <translation>Pekerja yang dikreditkan</translation>
    </message>
    <message>
        <source>No worker</source>
        <translation>Tanpa pekerja</translation>
    </message>
    <message>
        <source>Several workers…</source>
        <translation>Beberapa pekerja…</translation>
    </message>
    <message>
        <source>Share the line between several workers</source>
        <translation>Bagi baris ini di antara beberapa pekerja</translation>
    </message>
    <message>
        <source>Workers sharing the line</source>
        <translation>Pekerja yang berbagi baris ini</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Lines of the order</source>
        <translation>Baris pesanan</translation>
    </message>
    <message>
        <source>Del removes the selected line</source>
        <translation>Del menghapus baris terpilih</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Total of the lines</source>
        <translation>Jumlah baris</translation>
    </message>
    <message>
        <source>Number of bags, one tag each</source>
        <translation>Jumlah kantong, satu label per kantong</translation>
    </message>
    <message>
        <source>Bags</source>
        <translation>Kantong</translation>
    </message>
    <message>
        <source>at least {minimum}</source>
        <translation>minimal {minimum}</translation>
    </message>
    <message>
        <source>Find and choose an item first</source>
        <translation>Cari dan pilih barang dulu</translation>
    </message>
    <message>
        <source>minimum {minimum} charged</source>
        <translation>dihitung minimal {minimum}</translation>
    </message>
    <message>
        <source>Lines: {amount} (before tax and express)</source>
        <translation>Baris: {amount} (sebelum pajak dan ekspres)</translation>
    </message>
    <message>
        <source>the next line</source>
        <translation>baris berikutnya</translation>
    </message>
</context>
<context>
    <name>ItemFormDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Barang baru</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nama barang</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>separate with ;</source>
        <translation>pisahkan dengan ;</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(tanpa kategori)</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Produk atau jasa</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produk</translation>
    </message>
    <message>
        <source>service</source>
        <translation>jasa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Minimum quantity</source>
        <translation>Jumlah minimum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Price takes effect from</source>
        <translation>Harga berlaku mulai</translation>
    </message>
    <message>
        <source>Track its stock</source>
        <translation>Catat stoknya</translation>
    </message>
    <message>
        <source>Default maker</source>
        <translation>Pembuat bawaan</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Riwayat harga</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Barcodes</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Sat&amp;uan</translation>
    </message>
    <message>
        <source>litre (l)</source>
        <translation>liter (l)</translation>
    </message>
    <message>
        <source>millilitre (ml)</source>
        <translation>mililiter (ml)</translation>
    </message>
    <message>
        <source>&amp;Minimum quantity</source>
        <translation>Jumlah &amp;minimum</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <source>Price &amp;from</source>
        <translation>Berlaku &amp;dari</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tok</translation>
    </message>
    <message>
        <source>Default &amp;maker</source>
        <translation>&amp;Pembuat bawaan</translation>
    </message>
    <message>
        <source>Price &amp;history</source>
        <translation>&amp;Riwayat harga</translation>
    </message>
    <message>
        <source>No price changes yet</source>
        <translation>Belum ada perubahan harga</translation>
    </message>
    <message>
        <source>{price} from {day}</source>
        <translation>{price} mulai {day}</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>terjadwal</translation>
    </message>
    <message>
        <source>pieces (pcs)</source>
        <translation>buah (pcs)</translation>
    </message>
    <message>
        <source>kilogram (kg)</source>
        <translation>kilogram (kg)</translation>
    </message>
    <message>
        <source>metre (m)</source>
        <translation>meter (m)</translation>
    </message>
    <message>
        <source>Fill in the item&apos;s name and SKU</source>
        <translation>Isi nama dan SKU barang</translation>
    </message>
    <message>
        <source>The price is not an amount of rupiah: {text}</source>
        <translation>Harga bukan jumlah rupiah: {text}</translation>
    </message>
    <message>
        <source>The minimum quantity is not a quantity: {text}</source>
        <translation>Jumlah minimum bukan jumlah: {text}</translation>
    </message>
    <message>
        <source>Minutes a service takes</source>
        <translation>Lama layanan dalam menit</translation>
    </message>
    <message>
        <source>default ({minutes})</source>
        <translation>bawaan ({minutes})</translation>
    </message>
    <message>
        <source>M&amp;inutes (services)</source>
        <translation>M&amp;enit (layanan)</translation>
    </message>
    <message>
        <source>The minutes are not a whole number: {text}</source>
        <translation>Menit harus bilangan bulat: {text}</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Search items by name, SKU or barcode</source>
        <translation>Cari barang menurut nama, SKU atau barcode</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Cari nama, SKU atau barcode</translation>
    </message>
    <message>
        <source>Show the items of</source>
        <translation>Tampilkan barang dari</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Active items</source>
        <translation>Barang aktif</translation>
    </message>
    <message>
        <source>Inactive items</source>
        <translation>Barang tidak aktif</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <source>More items</source>
        <translation>Barang lainnya</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Barang baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Deactivate or reactivate</source>
        <translation>Nonaktifkan atau aktifkan lagi</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Daftar harga</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>Label barcode</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Pilih barang di daftar dulu.</translation>
    </message>
    <message>
        <source>Deactivate {name}? It can no longer be sold; its past sales keep it.</source>
        <translation>Nonaktifkan {name}? Barang ini tidak bisa dijual lagi; penjualan sebelumnya tetap mencatatnya.</translation>
    </message>
    <message>
        <source>Sell {name} again?</source>
        <translation>Jual {name} lagi?</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Ekspor katalog</translation>
    </message>
    <message>
        <source>{count} items written to {file}</source>
        <translation>{count} barang ditulis ke {file}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Preparing the price list…</source>
        <translation>Menyiapkan daftar harga…</translation>
    </message>
    <message>
        <source>Choose the items in the list first (Shift or Ctrl to choose several).</source>
        <translation>Pilih dulu barangnya di daftar (Shift atau Ctrl untuk memilih beberapa).</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Price today</source>
        <translation>Harga hari ini</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
</context>
<context>
    <name>JournalCheckBar</name>
    <message>
        <source>Last check of the journal</source>
        <translation>Pemeriksaan terakhir jurnal</translation>
    </message>
    <message>
        <source>Check the &amp;journal now</source>
        <translation>Periksa &amp;jurnal sekarang</translation>
    </message>
    <message>
        <source>Check the journal now</source>
        <translation>Periksa jurnal sekarang</translation>
    </message>
    <message>
        <source>Checking the journal…</source>
        <translation>Memeriksa jurnal…</translation>
    </message>
    <message>
        <source>Last check: never</source>
        <translation>Pemeriksaan terakhir: belum pernah</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Last check: {moment} — {outcome}</source>
        <translation>Pemeriksaan terakhir: {moment} — {outcome}</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Receipt no.</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>for {receipt}</source>
        <translation>untuk {receipt}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Sebagian dikembalikan</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Today&apos;s journal</source>
        <translation>Jurnal hari ini</translation>
    </message>
    <message>
        <source>Find a receipt number</source>
        <translation>Cari nomor struk</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>Ringkasan hari ini</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>Today&apos;s journal · till {till}</source>
        <translation>Jurnal hari ini · mesin kasir {till}</translation>
    </message>
    <message>
        <source>Sales of today</source>
        <translation>Penjualan hari ini</translation>
    </message>
    <message>
        <source>Arrow keys choose a sale; Tab goes to the buttons</source>
        <translation>Tombol panah memilih penjualan; Tab pindah ke tombol</translation>
    </message>
    <message>
        <source>Reprint (copy)</source>
        <translation>Cetak ulang (salinan)</translation>
    </message>
    <message>
        <source>Void the sale</source>
        <translation>Batalkan penjualan</translation>
    </message>
    <message>
        <source>Refund lines</source>
        <translation>Kembalikan barang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation>Tindakan jurnal</translation>
    </message>
    <message>
        <source>{count} sales today · net {total}</source>
        <translation>{count} penjualan hari ini · bersih {total}</translation>
    </message>
    <message>
        <source>Void {receipt}</source>
        <translation>Batalkan {receipt}</translation>
    </message>
    <message>
        <source>The whole sale of {total} is reversed and paid back the way it was paid. Why?</source>
        <translation>Seluruh penjualan {total} dibatalkan dan uangnya dikembalikan dengan cara yang sama seperti saat dibayar. Apa alasannya?</translation>
    </message>
    <message>
        <source>Void receipt {receipt}: {reason}</source>
        <translation>Batalkan struk {receipt}: {reason}</translation>
    </message>
    <message>
        <source>{receipt} recorded: give back {amount}.</source>
        <translation>{receipt} tercatat: kembalikan uang {amount}.</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <source>Menu: daily summary, printers, settings, large text, log out</source>
        <translation>Menu: laporan harian, printer, pengaturan, teks besar, keluar</translation>
    </message>
    <message>
        <source>On the journal, shift and menu pages: back to the sale</source>
        <translation>Di halaman jurnal, shift, dan menu: kembali ke penjualan</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Kontrol berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Press the button that has the orange frame</source>
        <translation>Tekan tombol yang berbingkai oranye</translation>
    </message>
    <message>
        <source>Help: show these keys</source>
        <translation>Bantuan: tampilkan daftar tombol ini</translation>
    </message>
    <message>
        <source>Go to the search and barcode field</source>
        <translation>Ke kolom cari dan barcode</translation>
    </message>
    <message>
        <source>Today&apos;s journal: reprint, void, refund</source>
        <translation>Jurnal hari ini: cetak ulang, batalkan, pengembalian</translation>
    </message>
    <message>
        <source>Choose the worker of the selected line</source>
        <translation>Pilih pekerja untuk baris terpilih</translation>
    </message>
    <message>
        <source>Discount on the selected line</source>
        <translation>Diskon untuk baris terpilih</translation>
    </message>
    <message>
        <source>Shift: cash in and out, close the shift</source>
        <translation>Shift: kas masuk dan keluar, tutup shift</translation>
    </message>
    <message>
        <source>Type the quantity of the selected line (for example 1,5 kg)</source>
        <translation>Ketik jumlah untuk baris terpilih (misalnya 1,5 kg)</translation>
    </message>
    <message>
        <source>Hold this sale</source>
        <translation>Tahan penjualan ini</translation>
    </message>
    <message>
        <source>Recall a held sale</source>
        <translation>Panggil kembali penjualan yang ditahan</translation>
    </message>
    <message>
        <source>Lock the till</source>
        <translation>Kunci mesin kasir</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Diskon untuk seluruh penjualan</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>One more of the selected line</source>
        <translation>Tambah satu pada baris terpilih</translation>
    </message>
    <message>
        <source>One less of the selected line</source>
        <translation>Kurangi satu pada baris terpilih</translation>
    </message>
    <message>
        <source>Note for the kitchen on the selected line</source>
        <translation>Catatan dapur untuk baris terpilih</translation>
    </message>
    <message>
        <source>Options of the selected line: sugar, ice, size, extras</source>
        <translation>Opsi baris yang dipilih: gula, es, ukuran, tambahan</translation>
    </message>
    <message>
        <source>Find or add the customer of this sale</source>
        <translation>Cari atau tambah pelanggan penjualan ini</translation>
    </message>
    <message>
        <source>Split the bill: pay it in parts by items</source>
        <translation>Pisah tagihan: bayar per bagian menurut barang</translation>
    </message>
    <message>
        <source>Tables and their open tabs: send a round, move, merge, void, pay</source>
        <translation>Meja dan tagihan terbukanya: kirim putaran, pindah, gabung, batalkan, bayar</translation>
    </message>
    <message>
        <source>Orders: take one, find, move, pay, collect</source>
        <translation>Pesanan: terima, cari, pindahkan tahap, bayar, ambil</translation>
    </message>
    <message>
        <source>Dine in or takeaway</source>
        <translation>Makan di sini atau bawa pulang</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>Nomor meja</translation>
    </message>
    <message>
        <source>Add the scanned or typed code, or the chosen search result</source>
        <translation>Tambahkan kode yang dipindai atau diketik, atau hasil cari yang dipilih</translation>
    </message>
    <message>
        <source>Add 3 of an item at once</source>
        <translation>Tambahkan 3 buah satu barang sekaligus</translation>
    </message>
    <message>
        <source>Select a line of the cart, or a search result</source>
        <translation>Pilih baris keranjang, atau hasil cari</translation>
    </message>
    <message>
        <source>outlets with kitchen tickets</source>
        <translation>gerai dengan tiket dapur</translation>
    </message>
    <message>
        <source>outlets where customers dine in</source>
        <translation>gerai dengan makan di sini</translation>
    </message>
    <message>
        <source>outlets that take orders</source>
        <translation>gerai yang menerima pesanan</translation>
    </message>
    <message>
        <source>Remove the selected line (when the search field is empty)</source>
        <translation>Hapus baris terpilih (jika kolom cari kosong)</translation>
    </message>
    <message>
        <source>Clear the search, close a window</source>
        <translation>Kosongkan pencarian, tutup jendela</translation>
    </message>
    <message>
        <source>Change the price of the selected line (supervisor)</source>
        <translation>Ubah harga baris terpilih (supervisor)</translation>
    </message>
    <message>
        <source>A customer&apos;s prepaid packages: use a session, sell one</source>
        <translation>Paket prabayar pelanggan: pakai satu sesi, jual paket</translation>
    </message>
    <message>
        <source>outlets that sell prepaid packages</source>
        <translation>gerai yang menjual paket prabayar</translation>
    </message>
    <message>
        <source>The salon&apos;s walk-in queue and today&apos;s appointments per worker</source>
        <translation>Antrean salon dan janji temu hari ini per pekerja</translation>
    </message>
    <message>
        <source>outlets with a queue and appointments</source>
        <translation>gerai dengan antrean dan janji temu</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Barcode labels</source>
        <translation>Label barcode</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} dan {count} lagi</translation>
    </message>
    <message>
        <source>Chosen ({count}): {names}</source>
        <translation>Dipilih ({count}): {names}</translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation>Barang yang dipilih</translation>
    </message>
    <message>
        <source>Give items without a barcode a number of the sentra&apos;s own range first</source>
        <translation>Beri dulu barang tanpa barcode nomor dari rentang milik sentra</translation>
    </message>
    <message>
        <source>Labels of each item</source>
        <translation>Label untuk tiap barang</translation>
    </message>
    <message>
        <source>Label paper</source>
        <translation>Kertas label</translation>
    </message>
    <message>
        <source>A4 sheet of 24 labels (70 × 37 mm)</source>
        <translation>Lembar A4 isi 24 label (70 × 37 mm)</translation>
    </message>
    <message>
        <source>A4 sheet of 40 labels (52.5 × 29.7 mm)</source>
        <translation>Lembar A4 isi 40 label (52,5 × 29,7 mm)</translation>
    </message>
    <message>
        <source>Label printer, 40 × 30 mm labels</source>
        <translation>Printer label, label 40 × 30 mm</translation>
    </message>
    <message>
        <source>Label printer, 50 × 30 mm labels</source>
        <translation>Printer label, label 50 × 30 mm</translation>
    </message>
    <message>
        <source>Receipt printer, 58 mm roll</source>
        <translation>Printer struk, gulungan 58 mm</translation>
    </message>
    <message>
        <source>Receipt printer, 80 mm roll</source>
        <translation>Printer struk, gulungan 80 mm</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nomor</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Salinan</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Kertas</translation>
    </message>
    <message>
        <source>Preparing the labels…</source>
        <translation>Menyiapkan label…</translation>
    </message>
    <message>
        <source>None of these items has a barcode: tick the box to give them numbers</source>
        <translation>Tidak satu pun barang ini punya barcode: centang kotaknya untuk memberinya nomor</translation>
    </message>
</context>
<context>
    <name>LastSalePanel</name>
    <message>
        <source>Last sale</source>
        <translation>Penjualan terakhir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation>Status struk</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Preview the receipt</source>
        <translation>Pratinjau struk</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>Kembalian {amount}</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Tanpa kembalian</translation>
    </message>
    <message>
        <source>Receipt {number} · paid {amount}</source>
        <translation>Struk {number} · dibayar {amount}</translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation>Membuat struk…</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
</context>
<context>
    <name>LockoutsDialog</name>
    <message>
        <source>Locked-out users</source>
        <translation>Pengguna terkunci</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Choose your name first</source>
        <translation>Pilih nama Anda dulu</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Pesan layar masuk</translation>
    </message>
    <message>
        <source>Till {code}</source>
        <translation>Mesin kasir {code}</translation>
    </message>
    <message>
        <source>DATA DEMO: this till holds demo data, not real sales.</source>
        <translation>DATA DEMO: mesin kasir ini berisi data demo, bukan penjualan sungguhan.</translation>
    </message>
    <message>
        <source>The till is locked. The sale of {name} is kept: log in to carry on.</source>
        <translation>Mesin kasir terkunci. Penjualan {name} tetap tersimpan: masuk untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Daftar nama</translation>
    </message>
    <message>
        <source>Type your name</source>
        <translation>Ketik nama Anda</translation>
    </message>
    <message>
        <source>Type your name or user name, then Enter</source>
        <translation>Ketik nama atau nama pengguna Anda, lalu Enter</translation>
    </message>
    <message>
        <source>Or type your name, then Enter</source>
        <translation>Atau ketik nama Anda, lalu Enter</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>No one of that name can log in here. Check the spelling or touch your name.</source>
        <translation>Tidak ada yang bernama itu yang bisa masuk di sini. Periksa ejaannya atau sentuh nama Anda.</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>PIN {name}</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Ketik PIN baru sekali lagi</translation>
    </message>
    <message>
        <source>Choose a new PIN (4 to 8 digits)</source>
        <translation>Buat PIN baru (4 sampai 8 angka)</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Choose a new PIN again.</source>
        <translation>Kedua PIN tidak sama. Buat PIN baru sekali lagi.</translation>
    </message>
    <message>
        <source>Your PIN was given to you by a manager: choose a new PIN of your own.</source>
        <translation>PIN Anda diberikan oleh pengelola: buat PIN baru milik Anda sendiri.</translation>
    </message>
    <message>
        <source>Wait until {time}.</source>
        <translation>Tunggu sampai {time}.</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ManagerHost</name>
    <message>
        <source>Manager area</source>
        <translation>Area pengelola</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <source>Manager</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can see the workers&apos; earnings.</source>
        <translation>Hanya pengelola atau administrator yang dapat melihat penghasilan pekerja.</translation>
    </message>
    <message>
        <source>Manager&apos;s screens</source>
        <translation>Layar pengelola</translation>
    </message>
    <message>
        <source>&amp;Earnings</source>
        <translation>&amp;Penghasilan</translation>
    </message>
    <message>
        <source>&amp;Outlets</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>Pe&amp;kerja</translation>
    </message>
    <message>
        <source>Share &amp;rules</source>
        <translation>Bagi &amp;hasil</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>Ka&amp;talog</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>&amp;Kiriman antar gerai</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>Me&amp;ja</translation>
    </message>
    <message>
        <source>Outlet setu&amp;p</source>
        <translation>&amp;Atur gerai</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Pengg&amp;una</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Customer l&amp;ist</source>
        <translation>Daftar pela&amp;nggan</translation>
    </message>
    <message>
        <source>&amp;Debts and down payments held</source>
        <translation>Utang dan uang &amp;muka tersimpan</translation>
    </message>
    <message>
        <source>Cu&amp;stomers</source>
        <translation>Pe&amp;langgan</translation>
    </message>
</context>
<context>
    <name>MarginModel</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Penjualan bersih</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Laba kotor %</translation>
    </message>
</context>
<context>
    <name>MarginPanel</name>
    <message>
        <source>Gross margin</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <source>Gross margin per item</source>
        <translation>Laba kotor per barang</translation>
    </message>
    <message>
        <source>Total gross margin</source>
        <translation>Total laba kotor</translation>
    </message>
    <message>
        <source>A4 report</source>
        <translation>Laporan A4</translation>
    </message>
    <message>
        <source>Net sales {revenue}, cost {cost}, margin {margin}</source>
        <translation>Penjualan bersih {revenue}, biaya {cost}, laba kotor {margin}</translation>
    </message>
</context>
<context>
    <name>MeasurementCard</name>
    <message>
        <source>Measurement card</source>
        <translation>Kartu ukuran</translation>
    </message>
    <message>
        <source>Earlier measurements, newest first. Tick those the order is made to (Space).</source>
        <translation>Ukuran sebelumnya, yang terbaru dulu. Centang yang dipakai untuk pesanan ini (Spasi).</translation>
    </message>
    <message>
        <source>Measurements, newest first.</source>
        <translation>Ukuran, yang terbaru dulu.</translation>
    </message>
    <message>
        <source>A customer not in the list: the measurements are kept with the order only.</source>
        <translation>Pelanggan tidak ada di daftar: ukurannya hanya disimpan bersama pesanan.</translation>
    </message>
    <message>
        <source>Earlier measurements</source>
        <translation>Ukuran sebelumnya</translation>
    </message>
    <message>
        <source>The chosen measurements</source>
        <translation>Ukuran yang dipilih</translation>
    </message>
    <message>
        <source>New measurements (cm)</source>
        <translation>Ukuran baru (cm)</translation>
    </message>
    <message>
        <source>Garment type</source>
        <translation>Jenis pakaian</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Pakaian</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>On the order: {taking}</source>
        <translation>Pada pesanan: {taking}</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Belum ada ukuran</translation>
    </message>
    <message>
        <source>Write at least one measure</source>
        <translation>Isi paling sedikit satu ukuran</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Daily summary</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Printer settings</source>
        <translation>Pengaturan printer</translation>
    </message>
    <message>
        <source>Locked-out users</source>
        <translation>Pengguna terkunci</translation>
    </message>
    <message>
        <source>Manager area</source>
        <translation>Area pengelola</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>Simpan laporan masalah</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Teks biasa</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Teks besar</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Back to the sale (Esc)</source>
        <translation>Kembali ke penjualan (Esc)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>WhatsApp message</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>Which message</source>
        <translation>Pesan yang mana</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kepada siapa</translation>
    </message>
    <message>
        <source>The message as the customer will read it</source>
        <translation>Pesan seperti yang akan dibaca pelanggan</translation>
    </message>
    <message>
        <source>Sent already</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Buka di WhatsApp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Order taken</source>
        <translation>Pesanan diterima</translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation>Siap diambil</translation>
    </message>
    <message>
        <source>Collected: thanks</source>
        <translation>Sudah diambil: terima kasih</translation>
    </message>
    <message>
        <source>Reminder of what is owed</source>
        <translation>Pengingat utang</translation>
    </message>
    <message>
        <source>Order {number} · to the number ending {tail}</source>
        <translation>Pesanan {number} · ke nomor berakhiran {tail}</translation>
    </message>
    <message>
        <source>Sent already by {name} on {when}. Opening it again records nothing new.</source>
        <translation>Sudah dikirim oleh {name} pada {when}. Membukanya lagi tidak mencatat apa pun yang baru.</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>Pesan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened on this computer</source>
        <translation>WhatsApp tidak dapat dibuka di komputer ini</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>WhatsApp messages</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>Placeholders: {names} (order number, customer, total, promised time, left to pay, outlet).</source>
        <translation>Isian: {names} (nomor pesanan, pelanggan, total, waktu janji selesai, sisa yang dibayar, gerai).</translation>
    </message>
    <message>
        <source>What the templates may hold</source>
        <translation>Isi yang boleh ada di templat</translation>
    </message>
    <message>
        <source>Order taken</source>
        <translation>Pesanan diterima</translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation>Siap diambil</translation>
    </message>
    <message>
        <source>Collected: thanks</source>
        <translation>Sudah diambil: terima kasih</translation>
    </message>
    <message>
        <source>Reminder of what is owed</source>
        <translation>Pengingat utang</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Membaca templat…</translation>
    </message>
</context>
<context>
    <name>MinimumDialog</name>
    <message>
        <source>Low stock level of {name}</source>
        <translation>Batas stok menipis {name}</translation>
    </message>
    <message>
        <source>Minimum quantity on hand</source>
        <translation>Jumlah minimum stok tersedia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Low at or below</source>
        <translation>Menipis pada atau di bawah</translation>
    </message>
</context>
<context>
    <name>ModifierDialog</name>
    <message>
        <source>Options for {item}</source>
        <translation>Opsi untuk {item}</translation>
    </message>
    <message>
        <source>Digits choose an option, ↑ ↓ another group, Enter confirms, Esc cancels</source>
        <translation>Angka memilih opsi, ↑ ↓ grup lain, Enter menyetujui, Esc membatalkan</translation>
    </message>
    <message>
        <source>How to choose by keyboard</source>
        <translation>Cara memilih dengan papan ketik</translation>
    </message>
    <message>
        <source>{group}: {option}, plus {price}</source>
        <translation>{group}: {option}, tambah {price}</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>pilih satu</translation>
    </message>
    <message>
        <source>optional, at most one</source>
        <translation>boleh tidak, paling banyak satu</translation>
    </message>
    <message>
        <source>optional, up to {count}</source>
        <translation>boleh tidak, paling banyak {count}</translation>
    </message>
    <message>
        <source>choose {low} to {high}</source>
        <translation>pilih {low} sampai {high}</translation>
    </message>
    <message>
        <source>{group}: {rule}</source>
        <translation>{group}: {rule}</translation>
    </message>
</context>
<context>
    <name>MoneyFields</name>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>No payment now</source>
        <translation>Tidak bayar sekarang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Amount in rupiah</source>
        <translation>Nominal dalam rupiah</translation>
    </message>
    <message>
        <source>Reference (transfer or e-wallet)</source>
        <translation>Referensi (transfer atau dompet digital)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Type the amount paid</source>
        <translation>Ketik nominal yang dibayar</translation>
    </message>
</context>
<context>
    <name>MoneyListDialog</name>
    <message>
        <source>Debts of customers</source>
        <translation>Utang pelanggan</translation>
    </message>
    <message>
        <source>Down payments held</source>
        <translation>Uang muka tersimpan</translation>
    </message>
    <message>
        <source>WhatsApp reminder (F10)</source>
        <translation>Pengingat WhatsApp (F10)</translation>
    </message>
</context>
<context>
    <name>MoneyListModel</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>MoneyListView</name>
    <message>
        <source>Only orders already collected</source>
        <translation>Hanya pesanan yang sudah diambil</translation>
    </message>
    <message>
        <source>Totals by age</source>
        <translation>Jumlah menurut umur</translation>
    </message>
    <message>
        <source>More orders (PgDn)</source>
        <translation>Pesanan lainnya (PgDn)</translation>
    </message>
    <message>
        <source>Orders on the list</source>
        <translation>Pesanan di daftar</translation>
    </message>
    <message>
        <source>Oldest first; Page Down shows more</source>
        <translation>Yang terlama di atas; Page Down menampilkan lebih banyak</translation>
    </message>
    <message>
        <source>up to {days} days: {amount}</source>
        <translation>sampai {days} hari: {amount}</translation>
    </message>
    <message>
        <source>{start} to {end} days: {amount}</source>
        <translation>{start} sampai {end} hari: {amount}</translation>
    </message>
    <message>
        <source>over {days} days: {amount}</source>
        <translation>lebih dari {days} hari: {amount}</translation>
    </message>
    <message>
        <source>{count} orders, in all {amount}</source>
        <translation>{count} pesanan, seluruhnya {amount}</translation>
    </message>
</context>
<context>
    <name>MoneyListsTab</name>
    <message>
        <source>Debts and down payments held</source>
        <translation>Utang dan uang muka tersimpan</translation>
    </message>
    <message>
        <source>Outlet whose list is shown</source>
        <translation>Gerai yang daftarnya ditampilkan</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Daftar yang mana</translation>
    </message>
    <message>
        <source>Debts of customers</source>
        <translation>Utang pelanggan</translation>
    </message>
    <message>
        <source>Down payments held</source>
        <translation>Uang muka tersimpan</translation>
    </message>
    <message>
        <source>Outl&amp;et:</source>
        <translation>Ge&amp;rai:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Daftar:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>Pindahkan janji temu</translation>
    </message>
    <message>
        <source>{customer}: {service}, {start} with {worker}</source>
        <translation>{customer}: {service}, {start} dengan {worker}</translation>
    </message>
</context>
<context>
    <name>OnHandModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok tersedia</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Consigned</source>
        <translation>Titip jual</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Biaya rata-rata</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>low · {quantity}</source>
        <translation>menipis · {quantity}</translation>
    </message>
</context>
<context>
    <name>OnHandPanel</name>
    <message>
        <source>Stock on hand</source>
        <translation>Stok tersedia</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Cari barang</translation>
    </message>
    <message>
        <source>Type part of a name or SKU</source>
        <translation>Ketik sebagian nama atau SKU</translation>
    </message>
    <message>
        <source>Find an item by name or SKU…</source>
        <translation>Cari barang menurut nama atau SKU…</translation>
    </message>
    <message>
        <source>Which items are shown</source>
        <translation>Barang yang ditampilkan</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>Hanya stok menipis</translation>
    </message>
    <message>
        <source>Consigned only</source>
        <translation>Hanya titip jual</translation>
    </message>
    <message>
        <source>Movement history</source>
        <translation>Riwayat pergerakan stok</translation>
    </message>
    <message>
        <source>Low stock level</source>
        <translation>Batas stok menipis</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Terima barang</translation>
    </message>
    <message>
        <source>Consignment in</source>
        <translation>Titip jual masuk</translation>
    </message>
    <message>
        <source>Consignment return</source>
        <translation>Kembalikan titip jual</translation>
    </message>
    <message>
        <source>What to do with the stock</source>
        <translation>Tindakan untuk stok</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Pilih barang di daftar dulu.</translation>
    </message>
    <message>
        <source>Minimums are set at your own outlet: choose it in the list first.</source>
        <translation>Batas minimum diatur di gerai Anda sendiri: pilih gerai itu di daftar dulu.</translation>
    </message>
    <message>
        <source>Goods are received at your own outlet: choose it in the list first.</source>
        <translation>Barang diterima di gerai Anda sendiri: pilih gerai itu di daftar dulu.</translation>
    </message>
    <message>
        <source>Import opening stock</source>
        <translation>Impor stok awal</translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation>Ekspor stok</translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <source>Open the shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Manager area</source>
        <translation>Area pengelola</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Hello {name}. No shift is open on till {till}. Count the cash in the drawer: how many of each note and coin?</source>
        <translation>Halo {name}. Belum ada shift yang dibuka di mesin kasir {till}. Hitung uang di laci: berapa lembar atau keping tiap pecahan?</translation>
    </message>
    <message>
        <source>Opening float: {amount}</source>
        <translation>Modal awal: {amount}</translation>
    </message>
</context>
<context>
    <name>OpeningHoursDialog</name>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>An order&apos;s promised time falls inside these hours, in the outlet&apos;s time.</source>
        <translation>Waktu janji pesanan jatuh di dalam jam ini, menurut waktu gerai.</translation>
    </message>
    <message>
        <source>What the opening hours are for</source>
        <translation>Guna jam buka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>{day}: open</source>
        <translation>{day}: buka</translation>
    </message>
    <message>
        <source>{day}: opens at</source>
        <translation>{day}: buka pukul</translation>
    </message>
    <message>
        <source>{day}: closes at</source>
        <translation>{day}: tutup pukul</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Reading the opening hours…</source>
        <translation>Membaca jam buka…</translation>
    </message>
</context>
<context>
    <name>OptionsFlow</name>
    <message>
        <source>Choose the options of {item} first</source>
        <translation>Pilih dulu opsi {item}</translation>
    </message>
    <message>
        <source>{item} has no options to choose</source>
        <translation>{item} tidak punya opsi untuk dipilih</translation>
    </message>
    <message>
        <source>{item} not added: its options were not chosen</source>
        <translation>{item} tidak ditambahkan: opsinya tidak dipilih</translation>
    </message>
</context>
<context>
    <name>OrderBar</name>
    <message>
        <source>Dine in</source>
        <translation>Makan di sini</translation>
    </message>
    <message>
        <source>Dine in (Ctrl+D)</source>
        <translation>Makan di sini (Ctrl+D)</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Bawa pulang</translation>
    </message>
    <message>
        <source>Takeaway (Ctrl+D)</source>
        <translation>Bawa pulang (Ctrl+D)</translation>
    </message>
    <message>
        <source>Table (Ctrl+T)</source>
        <translation>Meja (Ctrl+T)</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>Nomor meja</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Dijanjikan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Scan the ticket, or type the order number, phone or name</source>
        <translation>Pindai nota, atau ketik nomor pesanan, telepon, atau nama</translation>
    </message>
    <message>
        <source>Scan a ticket, or type a number, phone or name (F2)</source>
        <translation>Pindai nota atau ketik nomor, telepon, nama (F2)</translation>
    </message>
    <message>
        <source>Which orders (F4)</source>
        <translation>Pesanan yang mana (F4)</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Pesanan berjalan</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Semua pesanan</translation>
    </message>
    <message>
        <source>The chosen order</source>
        <translation>Pesanan terpilih</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>More orders (PgDn)</source>
        <translation>Pesanan lainnya (PgDn)</translation>
    </message>
    <message>
        <source>Orders · {outlet}</source>
        <translation>Pesanan · {outlet}</translation>
    </message>
    <message>
        <source>Arrow keys choose an order; Tab goes to the buttons</source>
        <translation>Tombol panah memilih pesanan; Tab ke tombol-tombol</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Tahap berikutnya</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Terima pembayaran</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Collect, pay later</source>
        <translation>Diambil, bayar nanti</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Kembalikan uang</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Utang</translation>
    </message>
    <message>
        <source>Down payments held</source>
        <translation>Uang muka tersimpan</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>Kembali ke mesin kasir</translation>
    </message>
    <message>
        <source>At stage: {stage}</source>
        <translation>Di tahap: {stage}</translation>
    </message>
    <message>
        <source>Ready, not collected after {days} days</source>
        <translation>Siap, belum diambil setelah {days} hari</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Belum ada pesanan dipilih</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Tahap: {stage}</translation>
    </message>
    <message>
        <source>Promised: {when}</source>
        <translation>Dijanjikan: {when}</translation>
    </message>
    <message>
        <source>Bags: {count}</source>
        <translation>Kantong: {count}</translation>
    </message>
    <message>
        <source>minimum {minimum} charged</source>
        <translation>dihitung minimal {minimum}</translation>
    </message>
    <message>
        <source>Down payment held: {amount}</source>
        <translation>Uang muka dipegang: {amount}</translation>
    </message>
    <message>
        <source>Owed by the customer: {amount}</source>
        <translation>Utang pelanggan: {amount}</translation>
    </message>
    <message>
        <source>To pay at collection: {amount}</source>
        <translation>Dibayar saat diambil: {amount}</translation>
    </message>
    <message>
        <source>Order {number} taken · down payment {amount}</source>
        <translation>Pesanan {number} diterima · uang muka {amount}</translation>
    </message>
    <message>
        <source>Nothing is held for the customer on this order</source>
        <translation>Tidak ada uang muka pelanggan yang tersimpan di pesanan ini</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>OutletForm</name>
    <message>
        <source>Outlet settings</source>
        <translation>Pengaturan gerai</translation>
    </message>
    <message>
        <source>Outlet name</source>
        <translation>Nama gerai</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Receipt header (one line each)</source>
        <translation>Kepala struk (satu baris per baris)</translation>
    </message>
    <message>
        <source>Receipt footer (one line each)</source>
        <translation>Kaki struk (satu baris per baris)</translation>
    </message>
    <message>
        <source>Print worker names on customer receipts</source>
        <translation>Cetak nama pekerja di struk pelanggan</translation>
    </message>
    <message>
        <source>The sentra decides: the names show customers who made or served what they bought, and tell them who the workers are. Leave it off where a worker&apos;s privacy comes first.</source>
        <translation>Sentra yang memutuskan: nama itu memberi tahu pelanggan siapa yang membuat atau melayani yang mereka beli, dan siapa para pekerjanya. Matikan bila privasi pekerja lebih utama.</translation>
    </message>
    <message>
        <source>PBJT rate in percent (0 to 10)</source>
        <translation>Tarif PBJT dalam persen (0 sampai 10)</translation>
    </message>
    <message>
        <source>Menu prices include the PBJT</source>
        <translation>Harga menu sudah termasuk PBJT</translation>
    </message>
    <message>
        <source>Service charge in percent</source>
        <translation>Biaya layanan dalam persen</translation>
    </message>
    <message>
        <source>Prices include the service charge too (nett)</source>
        <translation>Harga juga termasuk biaya layanan (nett)</translation>
    </message>
    <message>
        <source>Service charge on the amount before discount</source>
        <translation>Biaya layanan dihitung dari jumlah sebelum diskon</translation>
    </message>
    <message>
        <source>Round cash totals down to (rupiah; 0 for none)</source>
        <translation>Bulatkan total tunai ke bawah ke (rupiah; 0 bila tidak)</translation>
    </message>
    <message>
        <source>Discount without a supervisor, up to (%)</source>
        <translation>Diskon tanpa supervisor, paling banyak (%)</translation>
    </message>
    <message>
        <source>Lock the till after idle minutes</source>
        <translation>Kunci mesin kasir setelah diam sekian menit</translation>
    </message>
    <message>
        <source>Receipt logo</source>
        <translation>Logo struk</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <source>Choose a PNG or JPG logo for the receipts</source>
        <translation>Pilih logo PNG atau JPG untuk struk</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>&amp;QRIS…</source>
        <translation>&amp;QRIS…</translation>
    </message>
    <message>
        <source>Set up the outlet&apos;s QRIS code</source>
        <translation>Atur kode QRIS gerai</translation>
    </message>
    <message>
        <source>&amp;Save outlet settings</source>
        <translation>&amp;Simpan pengaturan gerai</translation>
    </message>
    <message>
        <source>Save the outlet settings</source>
        <translation>Simpan pengaturan gerai</translation>
    </message>
    <message>
        <source>Outlet settings problem</source>
        <translation>Masalah pengaturan gerai</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Kepala struk</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Kaki struk</translation>
    </message>
    <message>
        <source>PBJT (%)</source>
        <translation>PBJT (%)</translation>
    </message>
    <message>
        <source>Service charge (%)</source>
        <translation>Biaya layanan (%)</translation>
    </message>
    <message>
        <source>Cash rounding (Rp)</source>
        <translation>Pembulatan tunai (Rp)</translation>
    </message>
    <message>
        <source>Discount limit (%)</source>
        <translation>Batas diskon (%)</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>Kunci saat diam (menit)</translation>
    </message>
    <message>
        <source>Logo: yes</source>
        <translation>Logo: ada</translation>
    </message>
    <message>
        <source>Logo: none</source>
        <translation>Logo: tidak ada</translation>
    </message>
    <message>
        <source>Saving the outlet settings…</source>
        <translation>Menyimpan pengaturan gerai…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Choose the receipt logo</source>
        <translation>Pilih logo struk</translation>
    </message>
    <message>
        <source>Preparing the logo…</source>
        <translation>Menyiapkan logo…</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Logo sudah disimpan.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Logo sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>OutletProfileEditor</name>
    <message>
        <source>Outlet capabilities</source>
        <translation>Kemampuan gerai</translation>
    </message>
    <message>
        <source>Outlet whose capabilities to change</source>
        <translation>Gerai yang kemampuannya diubah</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>Pakai &amp;bawaan</translation>
    </message>
    <message>
        <source>Use the defaults of this kind of outlet</source>
        <translation>Pakai bawaan untuk jenis gerai ini</translation>
    </message>
    <message>
        <source>&amp;Save capabilities</source>
        <translation>&amp;Simpan kemampuan</translation>
    </message>
    <message>
        <source>Save the outlet&apos;s capabilities</source>
        <translation>Simpan kemampuan gerai</translation>
    </message>
    <message>
        <source>&amp;QRIS code…</source>
        <translation>Kode &amp;QRIS…</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s QRIS code</source>
        <translation>Atur kode QRIS gerai</translation>
    </message>
    <message>
        <source>Opening &amp;hours…</source>
        <translation>&amp;Jam buka…</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s opening hours</source>
        <translation>Atur jam buka gerai</translation>
    </message>
    <message>
        <source>Capabilities status</source>
        <translation>Status kemampuan</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>Ge&amp;rai</translation>
    </message>
    <message>
        <source>Dine in and table numbers</source>
        <translation>Makan di sini dan nomor meja</translation>
    </message>
    <message>
        <source>Kitchen tickets and kitchen notes</source>
        <translation>Tiket dapur dan catatan dapur</translation>
    </message>
    <message>
        <source>Orders with a due date</source>
        <translation>Pesanan dengan tanggal jadi</translation>
    </message>
    <message>
        <source>Weighing by kg</source>
        <translation>Timbang per kg</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <source>Scanning goods by barcode</source>
        <translation>Pindai barang dengan barcode</translation>
    </message>
    <message>
        <source>Reading the outlets&apos; capabilities…</source>
        <translation>Membaca kemampuan gerai…</translation>
    </message>
    <message>
        <source> (not the default)</source>
        <translation> (bukan bawaan)</translation>
    </message>
    <message>
        <source>The defaults are shown; save to keep them.</source>
        <translation>Bawaan sudah ditampilkan; simpan untuk memakainya.</translation>
    </message>
    <message>
        <source>Saving the outlet&apos;s capabilities…</source>
        <translation>Menyimpan kemampuan gerai…</translation>
    </message>
    <message>
        <source>Saved for {outlet}. Its tills use the change from their next login.</source>
        <translation>Tersimpan untuk {outlet}. Mesin kasirnya memakai perubahan ini sejak login berikutnya.</translation>
    </message>
    <message>
        <source>&amp;WhatsApp messages…</source>
        <translation>Pesan &amp;WhatsApp…</translation>
    </message>
    <message>
        <source>Edit the outlet&apos;s WhatsApp message templates</source>
        <translation>Ubah templat pesan WhatsApp gerai</translation>
    </message>
    <message>
        <source>&amp;Packages…</source>
        <translation>&amp;Paket…</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s prepaid packages</source>
        <translation>Atur paket prabayar gerai</translation>
    </message>
    <message>
        <source>Prepaid packages</source>
        <translation>Paket prabayar</translation>
    </message>
    <message>
        <source>&amp;Garments and pause…</source>
        <translation>&amp;Pakaian dan jeda pesanan…</translation>
    </message>
    <message>
        <source>Set the outlet&apos;s garment measures and when it takes no orders</source>
        <translation>Atur ukuran tiap jenis pakaian gerai dan kapan gerai tidak menerima pesanan</translation>
    </message>
</context>
<context>
    <name>OutletSetupTab</name>
    <message>
        <source>Outlets and tills</source>
        <translation>Gerai dan mesin kasir</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Tills of the outlet</source>
        <translation>Mesin kasir gerai ini</translation>
    </message>
    <message>
        <source>&amp;Deactivate the till</source>
        <translation>&amp;Nonaktifkan mesin kasir</translation>
    </message>
    <message>
        <source>New till code</source>
        <translation>Kode mesin kasir baru</translation>
    </message>
    <message>
        <source>New till name</source>
        <translation>Nama mesin kasir baru</translation>
    </message>
    <message>
        <source>Add the t&amp;ill</source>
        <translation>Tambah mesin kas&amp;ir</translation>
    </message>
    <message>
        <source>New outlet code</source>
        <translation>Kode gerai baru</translation>
    </message>
    <message>
        <source>New outlet name</source>
        <translation>Nama gerai baru</translation>
    </message>
    <message>
        <source>New outlet kind</source>
        <translation>Jenis gerai baru</translation>
    </message>
    <message>
        <source>Add the o&amp;utlet</source>
        <translation>Tambah ger&amp;ai</translation>
    </message>
    <message>
        <source>Outlets and tills message</source>
        <translation>Pesan gerai dan mesin kasir</translation>
    </message>
    <message>
        <source>Only an administrator adds outlets and tills.</source>
        <translation>Hanya administrator yang menambah gerai dan mesin kasir.</translation>
    </message>
    <message>
        <source>Tills</source>
        <translation>Mesin kasir</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>New outlet</source>
        <translation>Gerai baru</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Kafe</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Laundry</translation>
    </message>
    <message>
        <source>Tailoring (jahit)</source>
        <translation>Jahit (penjahitan)</translation>
    </message>
    <message>
        <source>Shop or gallery</source>
        <translation>Toko atau galeri</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (tidak aktif)</translation>
    </message>
    <message>
        <source>&amp;Reactivate the till</source>
        <translation>&amp;Aktifkan lagi mesin kasir</translation>
    </message>
    <message>
        <source>Outlet {code} is added.</source>
        <translation>Gerai {code} sudah ditambahkan.</translation>
    </message>
    <message>
        <source>Till {code} is added.</source>
        <translation>Mesin kasir {code} sudah ditambahkan.</translation>
    </message>
    <message>
        <source>Till {code} is active again.</source>
        <translation>Mesin kasir {code} aktif lagi.</translation>
    </message>
    <message>
        <source>Till {code} is deactivated.</source>
        <translation>Mesin kasir {code} sudah dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>OutletsModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Penjualan bersih</translation>
    </message>
    <message>
        <source>Workers&apos; earnings</source>
        <translation>Penghasilan pekerja</translation>
    </message>
    <message>
        <source>Outlet&apos;s share</source>
        <translation>Bagian gerai</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
</context>
<context>
    <name>OutletsTab</name>
    <message>
        <source>Outlets compared</source>
        <translation>Perbandingan gerai</translation>
    </message>
    <message>
        <source>Comparing the outlets…</source>
        <translation>Membandingkan gerai…</translation>
    </message>
</context>
<context>
    <name>PackagePlansDialog</name>
    <message>
        <source>Prepaid packages</source>
        <translation>Paket prabayar</translation>
    </message>
    <message>
        <source>The outlet&apos;s packages</source>
        <translation>Paket milik gerai</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Service of each session</source>
        <translation>Layanan setiap sesi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Days it lasts</source>
        <translation>Lama berlaku (hari)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>&amp;Add or replace</source>
        <translation>&amp;Tambah atau ganti</translation>
    </message>
    <message>
        <source>Add the package, or replace the one of its code</source>
        <translation>Tambah paket, atau ganti paket dengan kode yang sama</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the chosen package</source>
        <translation>Hapus paket yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>{code} · {name} · {sessions} sessions · {days} days · {price}</source>
        <translation>{code} · {name} · {sessions} sesi · {days} hari · {price}</translation>
    </message>
    <message>
        <source>A package needs a code and a service</source>
        <translation>Paket perlu kode dan layanan</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>Membaca paket…</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>The customer&apos;s name or phone (F2)</source>
        <translation>Nama atau telepon pelanggan (F2)</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Pelanggan yang ditemukan</translation>
    </message>
    <message>
        <source>The customer&apos;s packages</source>
        <translation>Paket milik pelanggan</translation>
    </message>
    <message>
        <source>Who served the session</source>
        <translation>Siapa yang melayani sesi</translation>
    </message>
    <message>
        <source>Package to sell</source>
        <translation>Paket yang dijual</translation>
    </message>
    <message>
        <source>How the package is paid</source>
        <translation>Cara paket dibayar</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Reference (transfer or e-wallet)</source>
        <translation>Referensi (transfer atau dompet digital)</translation>
    </message>
    <message>
        <source>What the customer pays for the package</source>
        <translation>Yang dibayar pelanggan untuk paket ini</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>Use a session</source>
        <translation>Pakai satu sesi</translation>
    </message>
    <message>
        <source>Sell the package</source>
        <translation>Jual paket</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>Kembali ke mesin kasir</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Dibayar dengan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Harus dibayar</translation>
    </message>
    <message>
        <source>Packages of the customer</source>
        <translation>Paket milik pelanggan</translation>
    </message>
    <message>
        <source>Packages · {outlet}</source>
        <translation>Paket · {outlet}</translation>
    </message>
    <message>
        <source>{name} · {sessions} sessions · {days} days · {price}</source>
        <translation>{name} · {sessions} sesi · {days} hari · {price}</translation>
    </message>
    <message>
        <source>{price} (cash, rounded down from {listed})</source>
        <translation>{price} (tunai, dibulatkan ke bawah dari {listed})</translation>
    </message>
    <message>
        <source>No customer found</source>
        <translation>Pelanggan tidak ditemukan</translation>
    </message>
    <message>
        <source>No packages yet</source>
        <translation>Belum ada paket</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>habis dipakai</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>hangus</translation>
    </message>
    <message>
        <source>{name} · {used} of {sessions} used · {left} left · until {day} · held {held} · {state}</source>
        <translation>{name} · {used} dari {sessions} dipakai · sisa {left} · sampai {day} · tersimpan {held} · {state}</translation>
    </message>
    <message>
        <source>Session {number} of {name} used for {worker} · {left} left · receipt {receipt}</source>
        <translation>Sesi {number} dari {name} dipakai, dilayani {worker} · sisa {left} · struk {receipt}</translation>
    </message>
    <message>
        <source>{name} sold to {customer} for {price} · last day {day}</source>
        <translation>{name} terjual kepada {customer} seharga {price} · hari terakhir {day}</translation>
    </message>
    <message>
        <source>Undo the last session</source>
        <translation>Batalkan sesi terakhir</translation>
    </message>
    <message>
        <source>Refund the package</source>
        <translation>Kembalikan uang paket</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>dikembalikan</translation>
    </message>
    <message>
        <source>{name}: its last session used is given back, its sale voided</source>
        <translation>{name}: sesi terakhir yang terpakai dikembalikan, penjualannya dibatalkan</translation>
    </message>
    <message>
        <source>No session of this package is left to undo</source>
        <translation>Tidak ada sesi paket ini yang bisa dibatalkan</translation>
    </message>
    <message>
        <source>A session of {name} is back ({value}) · {left} left · void receipt {receipt}</source>
        <translation>Satu sesi {name} kembali ({value}) · sisa {left} · struk pembatalan {receipt}</translation>
    </message>
    <message>
        <source>Undo a session of {name}</source>
        <translation>Batalkan sesi {name}</translation>
    </message>
    <message>
        <source>{name}: {held} given back by {method}; the package then has no sessions</source>
        <translation>{name}: {held} dikembalikan lewat {method}; paket lalu tidak punya sesi lagi</translation>
    </message>
    <message>
        <source>{name} refunded: {amount} given back</source>
        <translation>{name} dikembalikan: {amount} diserahkan</translation>
    </message>
    <message>
        <source>Refund {name}</source>
        <translation>Kembalikan uang {name}</translation>
    </message>
</context>
<context>
    <name>PagedSearch</name>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} dari {total}</translation>
    </message>
</context>
<context>
    <name>PayFlow</name>
    <message>
        <source>Choose the worker of {item} first</source>
        <translation>Pilih dulu pekerja untuk {item}</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>Menyimpan penjualan…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>STILL DUE</source>
        <translation>SISA TAGIHAN</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <source>Payments so far</source>
        <translation>Pembayaran yang sudah masuk</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Hapus pembayaran</translation>
    </message>
    <message>
        <source>Remove the selected payment</source>
        <translation>Hapus pembayaran yang dipilih</translation>
    </message>
    <message>
        <source>Type the tip first: nothing else is due</source>
        <translation>Ketik tip dulu: tidak ada lagi yang harus dibayar</translation>
    </message>
    <message>
        <source>Still due {amount}</source>
        <translation>Sisa tagihan {amount}</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>Pay {name}</source>
        <translation>Bayar penghasilan {name}</translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation>Saldo: memuat…</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Jumlah yang dibayar</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Transfer to savings account</source>
        <translation>Transfer ke rekening tabungan</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referensi transfer</translation>
    </message>
    <message>
        <source>Reason for paying more than the balance</source>
        <translation>Alasan membayar lebih dari saldo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Slip paper</source>
        <translation>Kertas slip</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm receipt paper</source>
        <translation>Kertas struk 80 mm</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>&amp;Cara bayar</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referensi</translation>
    </message>
    <message>
        <source>Reason (if more)</source>
        <translation>Alasan (jika lebih)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>Slip &amp;paper</source>
        <translation>&amp;Kertas slip</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <source>Type the amount to pay, for example 150000</source>
        <translation>Ketik jumlah yang dibayar, misalnya 150000</translation>
    </message>
    <message>
        <source>Type the transfer&apos;s reference number</source>
        <translation>Ketik nomor referensi transfer</translation>
    </message>
    <message>
        <source>This is more than the balance of {balance}. Give a reason to pay more.</source>
        <translation>Ini lebih dari saldo {balance}. Tuliskan alasan untuk membayar lebih.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Pratinjau dokumen</translation>
    </message>
    <message>
        <source>Print status</source>
        <translation>Status cetak</translation>
    </message>
    <message>
        <source>Preview actions</source>
        <translation>Tindakan pratinjau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Print on a printer</source>
        <translation>Cetak di printer</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Simpan sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Printer tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save {file}: {error}</source>
        <translation>Tidak dapat menyimpan {file}: {error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Disimpan sebagai {file}</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Ekspor data pribadi</translation>
    </message>
    <message>
        <source>Personal data of {name}</source>
        <translation>Data pribadi {name}</translation>
    </message>
    <message>
        <source>The data stays hidden until you show it; every view is recorded with your name.</source>
        <translation>Data tetap tersembunyi sampai Anda menampilkannya; setiap tampilan dicatat dengan nama Anda.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Savings account number</source>
        <translation>Nomor rekening tabungan</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(tersembunyi)</translation>
    </message>
    <message>
        <source>Views and erasures of the personal data</source>
        <translation>Tampilan dan penghapusan data pribadi</translation>
    </message>
    <message>
        <source>Views and erasures</source>
        <translation>Tampilan dan penghapusan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Show personal data</source>
        <translation>&amp;Tampilkan data pribadi</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>&amp;Erase (consent withdrawn)…</source>
        <translation>&amp;Hapus (persetujuan ditarik)…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>The personal data was written to {file}</source>
        <translation>Data pribadi telah ditulis ke {file}</translation>
    </message>
</context>
<context>
    <name>PersonalLogModel</name>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Mesin kasir</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Fields or reason</source>
        <translation>Data atau alasan</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>dilihat</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>diekspor</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>account</source>
        <translation>rekening</translation>
    </message>
</context>
<context>
    <name>PreferencesBar</name>
    <message>
        <source>Language: {name}</source>
        <translation>Bahasa: {name}</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Teks besar</translation>
    </message>
</context>
<context>
    <name>PricesModel</name>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Harga lama</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Harga baru</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>barang baru</translation>
    </message>
</context>
<context>
    <name>PrintStatusWidget</name>
    <message>
        <source>Printer problems</source>
        <translation>Masalah printer</translation>
    </message>
    <message>
        <source>Prints waiting</source>
        <translation>Cetakan menunggu</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>Coba cetak lagi</translation>
    </message>
    <message>
        <source>Send every waiting print to the printer again</source>
        <translation>Kirim ulang semua cetakan yang menunggu ke printer</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>Mencetak ulang…</translation>
    </message>
    <message>
        <source>Kitchen ticket {number}</source>
        <translation>Tiket dapur {number}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Struk {number}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) waiting</source>
        <translation>
            <numerusform>%n cetakan menunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer settings, till {till}</source>
        <translation>Pengaturan printer, mesin kasir {till}</translation>
    </message>
    <message>
        <source>Only a supervisor or manager can change the printer settings.</source>
        <translation>Hanya supervisor atau pengelola yang dapat mengubah pengaturan printer.</translation>
    </message>
    <message>
        <source>Network (LAN)</source>
        <translation>Jaringan (LAN)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial port (COM)</source>
        <translation>Port serial (COM)</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Berkas perangkat</translation>
    </message>
    <message>
        <source>No printer: save PDF files</source>
        <translation>Tanpa printer: simpan berkas PDF</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Tanpa printer</translation>
    </message>
    <message>
        <source>Printer connection</source>
        <translation>Sambungan printer</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Alamat printer</translation>
    </message>
    <message>
        <source>Address examples</source>
        <translation>Contoh alamat</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <source>Copies of each receipt</source>
        <translation>Rangkap tiap struk</translation>
    </message>
    <message>
        <source>Show the workers&apos; names on receipts</source>
        <translation>Tampilkan nama pekerja di struk</translation>
    </message>
    <message>
        <source>Open the cash drawer for cash sales</source>
        <translation>Buka laci uang untuk penjualan tunai</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Rangkap</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Uji cetak</translation>
    </message>
    <message>
        <source>Print a test receipt on the printer as set above</source>
        <translation>Cetak struk uji di printer sesuai pengaturan di atas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Kitchen printer</source>
        <translation>Printer dapur</translation>
    </message>
    <message>
        <source>Kitchen printer connection</source>
        <translation>Sambungan printer dapur</translation>
    </message>
    <message>
        <source>Kitchen printer address</source>
        <translation>Alamat printer dapur</translation>
    </message>
    <message>
        <source>Kitchen paper width</source>
        <translation>Lebar kertas dapur</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Simpan atau batal</translation>
    </message>
    <message>
        <source>IP address, and the port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Alamat IP, dan port jika bukan 9100: 192.168.1.50 atau 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Vendor and product id as lsusb shows them: 04b8:0e15</source>
        <translation>ID vendor dan produk seperti yang ditampilkan lsusb: 04b8:0e15</translation>
    </message>
    <message>
        <source>Port and speed: COM3:9600 or /dev/ttyUSB0:19200</source>
        <translation>Port dan kecepatan: COM3:9600 atau /dev/ttyUSB0:19200</translation>
    </message>
    <message>
        <source>The printer&apos;s device file: /dev/usb/lp0</source>
        <translation>Berkas perangkat printer: /dev/usb/lp0</translation>
    </message>
    <message>
        <source>Folder for the PDF files; empty: the receipts folder in the data folder</source>
        <translation>Folder untuk berkas PDF; jika kosong: folder struk di dalam folder data</translation>
    </message>
    <message>
        <source>Receipts are kept as PDF files in the data folder and shown on screen.</source>
        <translation>Struk disimpan sebagai berkas PDF di folder data dan ditampilkan di layar.</translation>
    </message>
    <message>
        <source>Choose a printer first.</source>
        <translation>Pilih printer dulu.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Mencetak struk uji…</translation>
    </message>
    <message>
        <source>The test receipt was saved as a PDF file.</source>
        <translation>Struk uji disimpan sebagai berkas PDF.</translation>
    </message>
    <message>
        <source>The test receipt was sent to the printer. Check that it printed clearly.</source>
        <translation>Struk uji sudah dikirim ke printer. Periksa apakah tercetak dengan jelas.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>QrisDialog</name>
    <message>
        <source>Outlet&apos;s QRIS code</source>
        <translation>Kode QRIS gerai</translation>
    </message>
    <message>
        <source>Reading the outlet&apos;s QRIS code…</source>
        <translation>Membaca kode QRIS gerai…</translation>
    </message>
    <message>
        <source>The outlet&apos;s QRIS code now</source>
        <translation>Kode QRIS gerai saat ini</translation>
    </message>
    <message>
        <source>QRIS code text</source>
        <translation>Teks kode QRIS</translation>
    </message>
    <message>
        <source>Paste the code here: it starts with 000201</source>
        <translation>Tempel kodenya di sini: diawali 000201</translation>
    </message>
    <message>
        <source>QRIS &amp;code</source>
        <translation>&amp;Kode QRIS</translation>
    </message>
    <message>
        <source>Open a &amp;picture…</source>
        <translation>Buka &amp;gambar…</translation>
    </message>
    <message>
        <source>Open a photo or screenshot of the printed QRIS code</source>
        <translation>Buka foto atau tangkapan layar kode QRIS tercetak</translation>
    </message>
    <message>
        <source>C&amp;heck the code</source>
        <translation>&amp;Periksa kode</translation>
    </message>
    <message>
        <source>Check the QRIS code</source>
        <translation>Periksa kode QRIS</translation>
    </message>
    <message>
        <source>What the code says</source>
        <translation>Isi kode</translation>
    </message>
    <message>
        <source>Test QRIS code for Rp1.000</source>
        <translation>Kode QRIS uji untuk Rp1.000</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>{outlet} uses the code of {merchant} ({city}), NMID {nmid}.</source>
        <translation>{outlet} memakai kode milik {merchant} ({city}), NMID {nmid}.</translation>
    </message>
    <message>
        <source>{outlet}&apos;s saved QRIS code cannot be used: {problem}</source>
        <translation>Kode QRIS tersimpan milik {outlet} tidak dapat dipakai: {problem}</translation>
    </message>
    <message>
        <source>{outlet} has no QRIS code yet: its tills cannot take QRIS payments.</source>
        <translation>{outlet} belum punya kode QRIS: mesin kasirnya belum bisa menerima pembayaran QRIS.</translation>
    </message>
    <message>
        <source>Open a picture of the QRIS code</source>
        <translation>Buka gambar kode QRIS</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>Membaca gambar…</translation>
    </message>
    <message>
        <source>Merchant: {name}
City: {city}
NMID: {nmid}

Scan the test code below with a banking app: it must show this merchant and {amount}. Do not pay it. Then save.</source>
        <translation>Merchant: {name}
Kota: {city}
NMID: {nmid}

Pindai kode uji di bawah dengan aplikasi bank: harus tampil merchant ini dan {amount}. Jangan dibayar. Lalu simpan.</translation>
    </message>
    <message>
        <source>Check the merchant shown, then press Save again.</source>
        <translation>Periksa merchant yang tampil, lalu tekan Simpan sekali lagi.</translation>
    </message>
</context>
<context>
    <name>QrisPanel</name>
    <message>
        <source>QRIS code for the customer to scan</source>
        <translation>Kode QRIS untuk dipindai pelanggan</translation>
    </message>
    <message>
        <source>Amount in the QRIS code</source>
        <translation>Nominal dalam kode QRIS</translation>
    </message>
    <message>
        <source>Merchant name in the QRIS code</source>
        <translation>Nama merchant dalam kode QRIS</translation>
    </message>
    <message>
        <source>Show this to the customer. Their app must show the same merchant name. When it says paid, press Payment received.</source>
        <translation>Tunjukkan ini ke pelanggan. Aplikasinya harus menampilkan nama merchant yang sama. Setelah tertulis berhasil, tekan Pembayaran diterima.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <source>The customer&apos;s QRIS payment was received</source>
        <translation>Pembayaran QRIS pelanggan sudah diterima</translation>
    </message>
    <message>
        <source>QRIS is not set up for this outlet: a manager sets it in Manager, Outlets, QRIS code</source>
        <translation>QRIS belum diatur untuk gerai ini: manajer mengaturnya di Pengelola, Gerai, Kode QRIS</translation>
    </message>
    <message>
        <source>(no merchant name in the code)</source>
        <translation>(tidak ada nama merchant dalam kode)</translation>
    </message>
    <message>
        <source>Merchant: {name}, {city}</source>
        <translation>Merchant: {name}, {city}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Stylist</source>
        <translation>Penata rambut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Tunggu</translation>
    </message>
    <message>
        <source>Any stylist</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>{name} (any)</source>
        <translation>{name} (siapa saja)</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Sedang dilayani</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>sekitar {minutes} menit</translation>
    </message>
</context>
<context>
    <name>QuickButtons</name>
    <message>
        <source>Quick buttons</source>
        <translation>Tombol cepat</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Scroll {what}</source>
        <translation>Gulir {what}</translation>
    </message>
    <message>
        <source>Category {name}</source>
        <translation>Kategori {name}</translation>
    </message>
    <message>
        <source>Items of the category</source>
        <translation>Barang dalam kategori</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Reason actions</source>
        <translation>Tindakan alasan</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>Tuliskan alasannya</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a held sale</source>
        <translation>Panggil kembali penjualan yang ditahan</translation>
    </message>
    <message>
        <source>Held sales</source>
        <translation>Penjualan yang ditahan</translation>
    </message>
    <message>
        <source>Tap a held sale or press Enter to bring it back</source>
        <translation>Sentuh penjualan yang ditahan atau tekan Enter untuk memanggilnya kembali</translation>
    </message>
    <message>
        <source>Choose a held sale from the list</source>
        <translation>Pilih penjualan yang ditahan dari daftar</translation>
    </message>
</context>
<context>
    <name>ReceiptDispatcher</name>
    <message>
        <source>The report was printed.</source>
        <translation>Laporan sudah dicetak.</translation>
    </message>
</context>
<context>
    <name>ReceivedModel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Lost on the way</source>
        <translation>Hilang di perjalanan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
</context>
<context>
    <name>RecipePanel</name>
    <message>
        <source>Recipes</source>
        <translation>Resep</translation>
    </message>
    <message>
        <source>The item sold, by SKU or name</source>
        <translation>Produk yang dijual, dengan SKU atau nama</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Whose recipe</source>
        <translation>Resep produk apa</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Ingredient to add, by SKU or name</source>
        <translation>Bahan yang ditambahkan, dengan SKU atau nama</translation>
    </message>
    <message>
        <source>&amp;Add ingredient</source>
        <translation>&amp;Tambah bahan</translation>
    </message>
    <message>
        <source>&amp;Remove ingredient</source>
        <translation>&amp;Hapus bahan</translation>
    </message>
    <message>
        <source>&amp;Save recipe</source>
        <translation>&amp;Simpan resep</translation>
    </message>
    <message>
        <source>Recipe status</source>
        <translation>Keadaan resep</translation>
    </message>
    <message>
        <source>Type the item&apos;s SKU or name</source>
        <translation>Ketik SKU atau nama produk</translation>
    </message>
    <message>
        <source>One {name} ({sku}) uses up:</source>
        <translation>Satu {name} ({sku}) memakai:</translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n bahan</numerusform>
        </translation>
    </message>
    <message>
        <source>How much {name} one uses</source>
        <translation>Berapa banyak {name} untuk satu</translation>
    </message>
    <message>
        <source>Unit of {name}</source>
        <translation>Satuan {name}</translation>
    </message>
    <message>
        <source>{name} is in the recipe already</source>
        <translation>{name} sudah ada di resep</translation>
    </message>
    <message>
        <source>Choose the ingredient to remove first</source>
        <translation>Pilih dahulu bahan yang akan dihapus</translation>
    </message>
    <message>
        <source>Removed: {names}</source>
        <translation>Dihapus: {names}</translation>
    </message>
    <message>
        <source>Type how much {name} one uses</source>
        <translation>Ketik berapa banyak {name} untuk satu</translation>
    </message>
    <message>
        <source>The recipe of {name} is saved</source>
        <translation>Resep {name} sudah disimpan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Amount by {method}</source>
        <translation>Nominal lewat {method}</translation>
    </message>
    <message>
        <source>Reference of the {method} payment</source>
        <translation>Referensi pembayaran {method}</translation>
    </message>
    <message>
        <source>Reference or transaction number (required)</source>
        <translation>Referensi atau nomor transaksi (wajib)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Add payment (Enter)</source>
        <translation>Tambah pembayaran (Enter)</translation>
    </message>
    <message>
        <source>Add this payment</source>
        <translation>Tambahkan pembayaran ini</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>⚠ Type the reference of the payment</source>
        <translation>⚠ Ketik referensi pembayaran</translation>
    </message>
    <message>
        <source>⚠ The amount must be between Rp1 and the amount still due</source>
        <translation>⚠ Nominal harus antara Rp1 dan sisa tagihan</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund from {receipt}</source>
        <translation>Pengembalian dari {receipt}</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Barang dalam penjualan</translation>
    </message>
    <message>
        <source>Type how many to refund in the Refund column, or use the buttons</source>
        <translation>Ketik berapa yang dikembalikan di kolom Dikembalikan, atau pakai tombolnya</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation>Kembalikan uang lewat</translation>
    </message>
    <message>
        <source>Reference (transfer or e-wallet)</source>
        <translation>Referensi (transfer atau dompet digital)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Refund actions</source>
        <translation>Tindakan pengembalian</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Kembalikan uang</translation>
    </message>
    <message>
        <source>Choose what the customer brings back. A supervisor approves the refund.</source>
        <translation>Pilih barang yang dikembalikan pelanggan. Supervisor menyetujui pengembaliannya.</translation>
    </message>
    <message>
        <source>All of this line</source>
        <translation>Semua di baris ini</translation>
    </message>
    <message>
        <source>None of this line</source>
        <translation>Nol di baris ini</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Kurangi satu</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Tambah satu</translation>
    </message>
    <message>
        <source>Choose at least one line and how many to refund.</source>
        <translation>Pilih paling sedikit satu barang dan berapa yang dikembalikan.</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>Tuliskan alasannya</translation>
    </message>
    <message>
        <source>Refund from receipt {receipt}: {reason}</source>
        <translation>Pengembalian dari struk {receipt}: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Bisa dikembalikan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>ReorderModel</name>
    <message>
        <source>Supplier or maker</source>
        <translation>Pemasok atau pembuat</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok tersedia</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>Perlu dipesan</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>ReorderPanel</name>
    <message>
        <source>Reorder list</source>
        <translation>Daftar pesan ulang</translation>
    </message>
    <message>
        <source>Items to reorder</source>
        <translation>Barang yang perlu dipesan lagi</translation>
    </message>
    <message>
        <source>How many items to reorder</source>
        <translation>Berapa barang yang perlu dipesan lagi</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Simpan sebagai CSV</translation>
    </message>
    <message>
        <source>{count} items at or below their minimum</source>
        <translation>{count} barang pada atau di bawah batas minimumnya</translation>
    </message>
    <message>
        <source>Save the reorder list</source>
        <translation>Simpan daftar pesan ulang</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Disimpan: {file}</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>New PIN for {name}</source>
        <translation>PIN baru untuk {name}</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>PIN baru sekali lagi</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>&amp;PIN baru</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;lagi</translation>
    </message>
    <message>
        <source>Give this PIN to {name}: they choose their own at the next login. A lockout ends now.</source>
        <translation>Berikan PIN ini kepada {name}: ia membuat PIN sendiri saat masuk berikutnya. Penguncian berakhir sekarang.</translation>
    </message>
</context>
<context>
    <name>RetryPage</name>
    <message>
        <source>The database did not answer</source>
        <translation>Database tidak menjawab</translation>
    </message>
    <message>
        <source>The till tries again by itself in {seconds} seconds.</source>
        <translation>Mesin kasir mencoba lagi sendiri dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Coba lagi sekarang</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Mencoba lagi…</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of {name}</source>
        <translation>Peran {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>P&amp;eran</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RowProblemsDialog</name>
    <message>
        <source>Rows with problems</source>
        <translation>Baris yang bermasalah</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row problem(s): save the whole list to see them all.</source>
        <translation>
            <numerusform>…dan %n masalah baris lagi: simpan seluruh daftar untuk melihat semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the list</source>
        <translation>Menyimpan daftar</translation>
    </message>
    <message>
        <source>&amp;Save the whole list (CSV)…</source>
        <translation>&amp;Simpan seluruh daftar (CSV)…</translation>
    </message>
    <message>
        <source>Save the whole list of problems as a CSV file</source>
        <translation>Simpan seluruh daftar masalah sebagai berkas CSV</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Simpan daftar masalah</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} problem(s) written to {file}</source>
        <translation>{count} masalah ditulis ke {file}</translation>
    </message>
</context>
<context>
    <name>RuleFormDialog</name>
    <message>
        <source>New share rule for {outlet}</source>
        <translation>Aturan bagi hasil baru untuk {outlet}</translation>
    </message>
    <message>
        <source>The rule is for</source>
        <translation>Aturan ini untuk</translation>
    </message>
    <message>
        <source>the whole outlet</source>
        <translation>seluruh gerai</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>satu kategori</translation>
    </message>
    <message>
        <source>one item</source>
        <translation>satu barang</translation>
    </message>
    <message>
        <source>Category or item</source>
        <translation>Kategori atau barang</translation>
    </message>
    <message>
        <source>Kind of share</source>
        <translation>Jenis bagian</translation>
    </message>
    <message>
        <source>percentage of the net</source>
        <translation>persen dari penjualan bersih</translation>
    </message>
    <message>
        <source>fixed rupiah per unit</source>
        <translation>rupiah tetap per satuan</translation>
    </message>
    <message>
        <source>Worker&apos;s share</source>
        <translation>Bagian pekerja</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Untuk</translation>
    </message>
    <message>
        <source>&amp;Which</source>
        <translation>&amp;Yang mana</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Worker&apos;s &amp;share</source>
        <translation>&amp;Bagian pekerja</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Mulai berlaku</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>Type the worker&apos;s share, for example 40 (percent) or 2000 (rupiah per unit)</source>
        <translation>Ketik bagian pekerja, misalnya 40 (persen) atau 2000 (rupiah per satuan)</translation>
    </message>
    <message>
        <source>Choose the category or item</source>
        <translation>Pilih kategori atau barangnya</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Worker&apos;s share</source>
        <translation>Bagian pekerja</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>whole outlet</source>
        <translation>seluruh gerai</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>item</source>
        <translation>barang</translation>
    </message>
    <message>
        <source>{amount} per unit</source>
        <translation>{amount} per satuan</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>starts later</source>
        <translation>berlaku nanti</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>digantikan</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>Share rules</source>
        <translation>Aturan bagi hasil</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Aturan baru</translation>
    </message>
    <message>
        <source>A rule is never changed: a new rule takes over from its start date. Earnings already recorded keep the rule they were made with.</source>
        <translation>Aturan tidak pernah diubah: aturan baru berlaku mulai tanggalnya. Penghasilan yang sudah tercatat tetap memakai aturan lamanya.</translation>
    </message>
    <message>
        <source>Loading rules…</source>
        <translation>Memuat aturan…</translation>
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Tambah satu</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Kurangi satu</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Kitchen note</source>
        <translation>Catatan dapur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Split bill</source>
        <translation>Pisah tagihan</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Diskon total</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Panggil kembali</translation>
    </message>
    <message>
        <source>PAY</source>
        <translation>BAYAR</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Queue and appointments</source>
        <translation>Antrean dan janji temu</translation>
    </message>
</context>
<context>
    <name>SalePresenter</name>
    <message>
        <source>The cart is empty: scan or choose an item first</source>
        <translation>Keranjang masih kosong: pindai atau pilih barang dulu</translation>
    </message>
    <message>
        <source>Wait a moment: the last item is still being added</source>
        <translation>Tunggu sebentar: barang terakhir masih sedang ditambahkan</translation>
    </message>
    <message>
        <source>Receipt made.</source>
        <translation>Struk sudah dibuat.</translation>
    </message>
    <message>
        <source>The sale is saved, but the receipt failed: {message}. Reprint it from the journal (F3).</source>
        <translation>Penjualan sudah tersimpan, tetapi struk gagal: {message}. Cetak ulang dari jurnal (F3).</translation>
    </message>
    <message>
        <source>The kitchen ticket did not print: {message}</source>
        <translation>Tiket dapur tidak tercetak: {message}</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Customer of this sale</source>
        <translation>Pelanggan penjualan ini</translation>
    </message>
    <message>
        <source>{outlet} · till {till} · cashier {cashier}</source>
        <translation>{outlet} · mesin kasir {till} · kasir {cashier}</translation>
    </message>
    <message>
        <source>Outlet, till and cashier</source>
        <translation>Gerai, mesin kasir, dan kasir</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Pelanggan: {name}</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Stylist (F4)</source>
        <translation>Penata rambut (F4)</translation>
    </message>
    <message>
        <source>Wait for any stylist</source>
        <translation>Waktu tunggu untuk siapa saja</translation>
    </message>
    <message>
        <source>Walk-in queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Today&apos;s appointments per worker</source>
        <translation>Janji temu hari ini per pekerja</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Janji temu hari ini</translation>
    </message>
    <message>
        <source>Salon · {outlet}</source>
        <translation>Salon · {outlet}</translation>
    </message>
    <message>
        <source>Arrow keys move; Tab goes to the next part</source>
        <translation>Tombol panah untuk berpindah; Tab ke bagian berikutnya</translation>
    </message>
    <message>
        <source>Take the next customer</source>
        <translation>Layani pelanggan berikutnya</translation>
    </message>
    <message>
        <source>Customer arrived</source>
        <translation>Pelanggan datang</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Back to the till</source>
        <translation>Kembali ke mesin kasir</translation>
    </message>
    <message>
        <source>{name}: about {minutes} min</source>
        <translation>{name}: sekitar {minutes} menit</translation>
    </message>
    <message>
        <source>Any stylist: about {minutes} min</source>
        <translation>Siapa saja: sekitar {minutes} menit</translation>
    </message>
    <message>
        <source>{name} is serving {number}</source>
        <translation>{name} melayani {number}</translation>
    </message>
    <message>
        <source>Choose a booked appointment in the day first</source>
        <translation>Pilih dulu janji temu yang tercatat di daftar hari ini</translation>
    </message>
    <message>
        <source>{number} is in the queue</source>
        <translation>{number} masuk antrean</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Catat janji temu</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Batalkan janji temu</translation>
    </message>
    <message>
        <source>Finish and pay</source>
        <translation>Selesai dan bayar</translation>
    </message>
    <message>
        <source>Booked: {customer}</source>
        <translation>Tercatat: {customer}</translation>
    </message>
    <message>
        <source>Appointment of {customer} moved</source>
        <translation>Janji temu {customer} dipindahkan</translation>
    </message>
    <message>
        <source>{customer}: {service} with {worker}</source>
        <translation>{customer}: {service} dengan {worker}</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Batalkan janji temu</translation>
    </message>
    <message>
        <source>Appointment of {customer} cancelled</source>
        <translation>Janji temu {customer} dibatalkan</translation>
    </message>
    <message>
        <source>Choose a visit being served in the queue first</source>
        <translation>Pilih dulu kunjungan yang sedang dilayani di antrean</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search or scan</source>
        <translation>Cari atau pindai</translation>
    </message>
    <message>
        <source>Scan a barcode or type a code or a name, then Enter. F2 comes back here.</source>
        <translation>Pindai barcode atau ketik kode atau nama, lalu Enter. F2 kembali ke sini.</translation>
    </message>
    <message>
        <source>Scan or search (F2)</source>
        <translation>Pindai atau cari (F2)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Arrows to choose, Enter to add, Esc to go back</source>
        <translation>Panah untuk memilih, Enter untuk menambah, Esc untuk kembali</translation>
    </message>
    <message>
        <source>The first {count} for “{text}”: scroll or arrow down for more</source>
        <translation>{count} pertama untuk “{text}”: gulir atau tekan panah bawah untuk melihat lebih banyak</translation>
    </message>
    <message>
        <source>{count} found for “{text}”</source>
        <translation>{count} ditemukan untuk “{text}”</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”</source>
        <translation>Tidak ada hasil untuk “{text}”</translation>
    </message>
</context>
<context>
    <name>SessionChoiceDialog</name>
    <message>
        <source>Pay with package sessions</source>
        <translation>Bayar dengan sesi paket</translation>
    </message>
    <message>
        <source>Lines paid with a session (Space ticks one)</source>
        <translation>Baris yang dibayar dengan sesi (Spasi mencentang satu)</translation>
    </message>
    <message>
        <source>{service} · a session of {package} ({left} left)</source>
        <translation>{service} · satu sesi {package} (sisa {left})</translation>
    </message>
    <message>
        <source>Tip… (F6)</source>
        <translation>Tip… (F6)</translation>
    </message>
    <message>
        <source>A tip for the stylist, though nothing is left to pay</source>
        <translation>Tip untuk penata rambut, walau tidak ada lagi yang harus dibayar</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Sisa yang dibayar</translation>
    </message>
    <message>
        <source>The customer&apos;s packages cover these lines</source>
        <translation>Paket pelanggan mencakup baris ini</translation>
    </message>
    <message>
        <source>Nothing left to pay: Enter or OK finishes the visit</source>
        <translation>Tidak ada lagi yang harus dibayar: Enter atau OK menyelesaikan kunjungan</translation>
    </message>
    <message>
        <source>Left to pay for the other lines: {amount}</source>
        <translation>Sisa yang dibayar untuk baris lain: {amount}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Lock the till after minutes idle</source>
        <translation>Kunci mesin kasir setelah sekian menit tidak dipakai</translation>
    </message>
    <message>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Cash difference allowed without a supervisor</source>
        <translation>Selisih kas yang boleh tanpa supervisor</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Mesin kasir ini</translation>
    </message>
    <message>
        <source>Folder for backups (empty: beside the database)</source>
        <translation>Folder cadangan (kosong: di samping basis data)</translation>
    </message>
    <message>
        <source>beside the database</source>
        <translation>di samping basis data</translation>
    </message>
    <message>
        <source>Keep backups for days</source>
        <translation>Simpan cadangan selama berapa hari</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Lock the till after (minutes without use)</source>
        <translation>Kunci mesin kasir setelah (menit tidak dipakai)</translation>
    </message>
    <message>
        <source>Folder for backups (another disk, if you like)</source>
        <translation>Folder cadangan (boleh di disk lain)</translation>
    </message>
    <message>
        <source>Keep backups for</source>
        <translation>Simpan cadangan selama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Settings of {outlet}</source>
        <translation>Pengaturan {outlet}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>When the shift opened</source>
        <translation>Waktu shift dibuka</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Penjualan tunai</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Tunai seharusnya di laci</translation>
    </message>
    <message>
        <source>Cash movements</source>
        <translation>Kas masuk dan keluar</translation>
    </message>
    <message>
        <source>Shift of till {till}</source>
        <translation>Shift mesin kasir {till}</translation>
    </message>
    <message>
        <source>Print shift report</source>
        <translation>Cetak laporan shift</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Opened {moment} by {name}</source>
        <translation>Dibuka {moment} oleh {name}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split the bill</source>
        <translation>Pisah tagihan</translation>
    </message>
    <message>
        <source>Lines of the bill</source>
        <translation>Baris tagihan</translation>
    </message>
    <message>
        <source>Choose a line, then press the number of its part</source>
        <translation>Pilih baris, lalu tekan nomor bagiannya</translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation>Bagian {number}</translation>
    </message>
    <message>
        <source>Put the line in part {number}</source>
        <translation>Masukkan baris ke bagian {number}</translation>
    </message>
    <message>
        <source>Parts of the bill</source>
        <translation>Bagian-bagian tagihan</translation>
    </message>
    <message>
        <source>Pay the next part</source>
        <translation>Bayar bagian berikutnya</translation>
    </message>
    <message>
        <source>By items (F2)</source>
        <translation>Menurut barang (F2)</translation>
    </message>
    <message>
        <source>Split by items</source>
        <translation>Pisah menurut barang</translation>
    </message>
    <message>
        <source>Equal shares (F3)</source>
        <translation>Bagi rata (F3)</translation>
    </message>
    <message>
        <source>Split in equal shares</source>
        <translation>Pisah menjadi bagian yang sama besar</translation>
    </message>
    <message>
        <source>Number of shares</source>
        <translation>Jumlah bagian</translation>
    </message>
    <message>
        <source>From 2 to {most}; type it, or ↑ ↓</source>
        <translation>Dari 2 sampai {most}; ketik, atau ↑ ↓</translation>
    </message>
    <message>
        <source>One share fewer</source>
        <translation>Kurangi satu bagian</translation>
    </message>
    <message>
        <source>One share more</source>
        <translation>Tambah satu bagian</translation>
    </message>
    <message>
        <source>{item} · {amount} → part {number}</source>
        <translation>{item} · {amount} → bagian {number}</translation>
    </message>
    <message>
        <source>Put the lines in at least two parts</source>
        <translation>Bagi baris ke paling sedikit dua bagian</translation>
    </message>
    <message>
        <source>Part {number}: {total}</source>
        <translation>Bagian {number}: {total}</translation>
    </message>
    <message>
        <source>(paid)</source>
        <translation>(lunas)</translation>
    </message>
    <message>
        <source>Share {number}: {total}</source>
        <translation>Bagian {number}: {total}</translation>
    </message>
    <message>
        <source>Save the sale</source>
        <translation>Simpan penjualan</translation>
    </message>
    <message>
        <source>Pay the next share</source>
        <translation>Bayar bagian berikutnya</translation>
    </message>
</context>
<context>
    <name>SplitFlow</name>
    <message>
        <source>Pay the other parts first</source>
        <translation>Bayar dulu bagian yang lain</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>Menyimpan penjualan…</translation>
    </message>
    <message>
        <source>Part {number} is paid</source>
        <translation>Bagian {number} sudah dibayar</translation>
    </message>
    <message>
        <source>Share {number} is paid</source>
        <translation>Bagian {number} sudah dibayar</translation>
    </message>
</context>
<context>
    <name>StageWorkerDialog</name>
    <message>
        <source>Who did it: {stage}</source>
        <translation>Siapa yang mengerjakan: {stage}</translation>
    </message>
    <message>
        <source>Choose the worker of this stage.</source>
        <translation>Pilih pekerja untuk tahap ini.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Tidak disebut</translation>
    </message>
</context>
<context>
    <name>StartupErrorBox</name>
    <message>
        <source>SKA POS cannot start</source>
        <translation>SKA POS tidak dapat dimulai</translation>
    </message>
    <message>
        <source>Restore the newest backup (of {when})</source>
        <translation>Pulihkan dari cadangan terbaru (tanggal {when})</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it under another name. What was recorded after that backup is not in it.</source>
        <translation>Berkas yang rusak disimpan di sampingnya dengan nama lain. Apa yang dicatat setelah cadangan itu tidak ada di dalamnya.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>On &amp;hand</source>
        <translation>Stok tersedi&amp;a</translation>
    </message>
    <message>
        <source>Reor&amp;der</source>
        <translation>Pesan ula&amp;ng</translation>
    </message>
    <message>
        <source>Stock ta&amp;ke</source>
        <translation>Stok op&amp;name</translation>
    </message>
    <message>
        <source>Mar&amp;gin</source>
        <translation>&amp;Laba kotor</translation>
    </message>
    <message>
        <source>Su&amp;ppliers</source>
        <translation>Pemaso&amp;k</translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation>R&amp;esep</translation>
    </message>
</context>
<context>
    <name>SupplierFormDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Pemasok baru</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>Kode pemasok</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>A supplier needs a code and a name.</source>
        <translation>Pemasok perlu kode dan nama.</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>tidak dipakai lagi</translation>
    </message>
</context>
<context>
    <name>SuppliersPanel</name>
    <message>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Pemasok baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Retire or bring back</source>
        <translation>Berhentikan atau pakai lagi</translation>
    </message>
    <message>
        <source>What to do with the suppliers</source>
        <translation>Tindakan untuk pemasok</translation>
    </message>
    <message>
        <source>Choose a supplier in the list first.</source>
        <translation>Pilih dulu pemasok di daftar.</translation>
    </message>
    <message>
        <source>Retire {name}? Goods can no longer be received from them; their notes stay.</source>
        <translation>Berhentikan {name}? Barang tidak dapat lagi diterima darinya; notanya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Take {name} on again as a supplier?</source>
        <translation>Pakai {name} lagi sebagai pemasok?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>TabDialog</name>
    <message>
        <source>Table {table}</source>
        <translation>Meja {table}</translation>
    </message>
    <message>
        <source>The tab&apos;s total</source>
        <translation>Total tagihan terbuka</translation>
    </message>
    <message>
        <source>The tab&apos;s items by round</source>
        <translation>Pesanan tagihan per putaran</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Send cart as a round</source>
        <translation>Kirim keranjang sebagai putaran</translation>
    </message>
    <message>
        <source>Move to a table</source>
        <translation>Pindah ke meja</translation>
    </message>
    <message>
        <source>Merge a table&apos;s tab</source>
        <translation>Gabung tagihan meja lain</translation>
    </message>
    <message>
        <source>Void the chosen item</source>
        <translation>Batalkan pesanan terpilih</translation>
    </message>
    <message>
        <source>Pay at the till</source>
        <translation>Bayar di mesin kasir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Table {table} is free: send the cart to open a tab</source>
        <translation>Meja {table} kosong: kirim keranjang untuk membuka tagihan</translation>
    </message>
    <message>
        <source>Table {table} · {rounds} rounds · {total}</source>
        <translation>Meja {table} · {rounds} putaran · {total}</translation>
    </message>
    <message>
        <source>Round {round} · {quantity} x {name}</source>
        <translation>Putaran {round} · {quantity} x {name}</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>The cart is empty: ring up the round first</source>
        <translation>Keranjang kosong: masukkan pesanan putaran dulu</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Dapur</translation>
    </message>
    <message>
        <source>Round {round} sent to the kitchen</source>
        <translation>Putaran {round} dikirim ke dapur</translation>
    </message>
    <message>
        <source>Move the tab to a free table</source>
        <translation>Pindahkan tagihan ke meja kosong</translation>
    </message>
    <message>
        <source>Merge the tab of a table into this one</source>
        <translation>Gabungkan tagihan meja lain ke tagihan ini</translation>
    </message>
    <message>
        <source>Choose the item to void</source>
        <translation>Pilih pesanan yang dibatalkan</translation>
    </message>
    <message>
        <source>This item was voided already</source>
        <translation>Pesanan ini sudah dibatalkan</translation>
    </message>
    <message>
        <source>Void an item already sent</source>
        <translation>Batalkan pesanan yang sudah dikirim</translation>
    </message>
    <message>
        <source>The kitchen gets a cancellation; a supervisor approves.</source>
        <translation>Dapur menerima pembatalan; supervisor menyetujui.</translation>
    </message>
    <message>
        <source>Not voided: a supervisor did not approve</source>
        <translation>Tidak dibatalkan: supervisor tidak menyetujui</translation>
    </message>
    <message>
        <source>The till&apos;s cart is not empty: send it as a round first</source>
        <translation>Keranjang mesin kasir tidak kosong: kirim sebagai putaran dulu</translation>
    </message>
    <message>
        <source>Tab of table {table} at the till: pay or split it</source>
        <translation>Tagihan meja {table} di mesin kasir: bayar atau pisah tagihan</translation>
    </message>
    <message>
        <source>No printer for {stations}: tell them by hand</source>
        <translation>Tidak ada printer untuk {stations}: sampaikan langsung</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <source>Tables and stations</source>
        <translation>Meja dan stasiun</translation>
    </message>
    <message>
        <source>Outlet whose tables are shown</source>
        <translation>Gerai yang mejanya ditampilkan</translation>
    </message>
    <message>
        <source>Tables of the outlet</source>
        <translation>Meja gerai</translation>
    </message>
    <message>
        <source>Table name or number</source>
        <translation>Nama atau nomor meja</translation>
    </message>
    <message>
        <source>Table area</source>
        <translation>Area meja</translation>
    </message>
    <message>
        <source>&amp;Add the table</source>
        <translation>&amp;Tambah meja</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Geser ke &amp;atas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Geser ke bawah</translation>
    </message>
    <message>
        <source>Stations besides the kitchen</source>
        <translation>Stasiun selain dapur</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <source>Station printer kind</source>
        <translation>Jenis printer stasiun</translation>
    </message>
    <message>
        <source>Station printer address</source>
        <translation>Alamat printer stasiun</translation>
    </message>
    <message>
        <source>Add the &amp;station</source>
        <translation>Tam&amp;bah stasiun</translation>
    </message>
    <message>
        <source>&amp;Change the station</source>
        <translation>Ubah stas&amp;iun</translation>
    </message>
    <message>
        <source>The station of each category</source>
        <translation>Stasiun setiap kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Sa&amp;ve the stations</source>
        <translation>Sim&amp;pan stasiun</translation>
    </message>
    <message>
        <source>Tables and stations message</source>
        <translation>Pesan meja dan stasiun</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Na&amp;me or number</source>
        <translation>Nama atau nomo&amp;r</translation>
    </message>
    <message>
        <source>Ar&amp;ea</source>
        <translation>Ar&amp;ea</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Every category goes to the kitchen unless routed to another station here. A station with no printer prints on each till&apos;s kitchen printer.</source>
        <translation>Setiap kategori dikirim ke dapur kecuali diarahkan ke stasiun lain di sini. Stasiun tanpa printer mencetak di printer dapur setiap mesin kasir.</translation>
    </message>
    <message>
        <source>&amp;Rename the table</source>
        <translation>&amp;Ubah nama meja</translation>
    </message>
    <message>
        <source>Retire the ta&amp;ble</source>
        <translation>&amp;Nonaktifkan meja</translation>
    </message>
    <message>
        <source>Remove the stat&amp;ion</source>
        <translation>&amp;Hapus stasiun</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>Nama &amp;stasiun</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Alamat printer</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Gerai:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>Berkas perangkat</translation>
    </message>
    <message>
        <source>None: the kitchen printer</source>
        <translation>Tidak ada: printer dapur</translation>
    </message>
    <message>
        <source>Station of {category}</source>
        <translation>Stasiun untuk {category}</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Dapur</translation>
    </message>
    <message>
        <source>Choose a table first.</source>
        <translation>Pilih meja dulu.</translation>
    </message>
    <message>
        <source>Table {table} is added.</source>
        <translation>Meja {table} ditambahkan.</translation>
    </message>
    <message>
        <source>The table is renamed.</source>
        <translation>Nama meja diubah.</translation>
    </message>
    <message>
        <source>The table is retired.</source>
        <translation>Meja dinonaktifkan.</translation>
    </message>
    <message>
        <source>Save the stations to keep the change.</source>
        <translation>Simpan stasiun agar perubahan tersimpan.</translation>
    </message>
    <message>
        <source>The stations are saved.</source>
        <translation>Stasiun disimpan.</translation>
    </message>
</context>
<context>
    <name>TailoringBoard</name>
    <message>
        <source>Not taking orders</source>
        <translation>Tidak menerima pesanan</translation>
    </message>
    <message>
        <source>Measurement card (Ctrl+M)</source>
        <translation>Kartu ukuran (Ctrl+M)</translation>
    </message>
    <message>
        <source>Due dates (Ctrl+D)</source>
        <translation>Tanggal janji (Ctrl+D)</translation>
    </message>
    <message>
        <source>Not taking orders until {day}</source>
        <translation>Tidak menerima pesanan sampai {day}</translation>
    </message>
    <message>
        <source>Measurements: {garments}</source>
        <translation>Ukuran: {garments}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>Fitting: {when} ({state})</source>
        <translation>Fitting: {when} ({state})</translation>
    </message>
    <message>
        <source>Measurements kept on {customer}</source>
        <translation>Ukuran disimpan untuk {customer}</translation>
    </message>
    <message>
        <source>Fitting of {when} done</source>
        <translation>Fitting {when} selesai</translation>
    </message>
    <message>
        <source>Fittings (Ctrl+F)</source>
        <translation>Fitting (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fitting booked for {when}</source>
        <translation>Fitting dipesan untuk {when}</translation>
    </message>
</context>
<context>
    <name>TailoringDialog</name>
    <message>
        <source>Garments and taking orders</source>
        <translation>Pakaian dan penerimaan pesanan</translation>
    </message>
    <message>
        <source>Garment type</source>
        <translation>Jenis pakaian</translation>
    </message>
    <message>
        <source>Measures taken, in order</source>
        <translation>Ukuran yang diambil, berurutan</translation>
    </message>
    <message>
        <source>Measure to add</source>
        <translation>Ukuran yang ditambahkan</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Tambah ukuran</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>&amp;Hapus ukuran</translation>
    </message>
    <message>
        <source>The chosen measure&apos;s name at this outlet (empty: the usual name)</source>
        <translation>Nama ukuran yang dipilih di gerai ini (kosong: nama biasa)</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nama baru</translation>
    </message>
    <message>
        <source>The chosen garment type&apos;s name at this outlet (empty: the usual name)</source>
        <translation>Nama jenis pakaian yang dipilih di gerai ini (kosong: nama biasa)</translation>
    </message>
    <message>
        <source>Rename t&amp;ype</source>
        <translation>Ganti nama pa&amp;kaian</translation>
    </message>
    <message>
        <source>R&amp;ename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Not taking orders until</source>
        <translation>Tidak &amp;menerima pesanan sampai</translation>
    </message>
    <message>
        <source>Not taking orders until</source>
        <translation>Tidak menerima pesanan sampai</translation>
    </message>
    <message>
        <source>Last day no order is taken</source>
        <translation>Hari terakhir tidak menerima pesanan</translation>
    </message>
    <message>
        <source>Message to customers</source>
        <translation>Pesan untuk pelanggan</translation>
    </message>
    <message>
        <source>For example: Penuh menjelang Lebaran</source>
        <translation>Misalnya: Penuh menjelang Lebaran</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Garment type</source>
        <translation>&amp;Jenis pakaian</translation>
    </message>
    <message>
        <source>Its name here</source>
        <translation>Namanya di sini</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Un&amp;til</source>
        <translation>Sam&amp;pai</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Pesa&amp;n</translation>
    </message>
    <message>
        <source>Not taking orders until (this outlet takes no orders with due dates)</source>
        <translation>Tidak menerima pesanan sampai (gerai ini tidak menerima pesanan dengan tanggal jadi)</translation>
    </message>
    <message>
        <source>Reading the garments…</source>
        <translation>Membaca jenis pakaian…</translation>
    </message>
    <message>
        <source>{garment} needs at least one measure</source>
        <translation>{garment} perlu paling sedikit satu ukuran</translation>
    </message>
</context>
<context>
    <name>TailoringSection</name>
    <message>
        <source>Measurements, cloth and fitting</source>
        <translation>Ukuran, kain dan fitting</translation>
    </message>
    <message>
        <source>Measurements… (Ctrl+M)</source>
        <translation>Ukuran… (Ctrl+M)</translation>
    </message>
    <message>
        <source>No measurements</source>
        <translation>Tanpa ukuran</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Customer&apos;s own cloth</source>
        <translation>Kain milik pelanggan</translation>
    </message>
    <message>
        <source>What the cloth is</source>
        <translation>Kain apa</translation>
    </message>
    <message>
        <source>Book a fitting</source>
        <translation>Jadwalkan fitting</translation>
    </message>
    <message>
        <source>Fitting date and time</source>
        <translation>Tanggal dan jam fitting</translation>
    </message>
    <message>
        <source>{count} earlier</source>
        <translation>{count} sebelumnya</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Shift of another person</source>
        <translation>Shift milik orang lain</translation>
    </message>
    <message>
        <source>The shift on this till was opened by {holder} and is still open.

Continue that shift as {user}? The cash in the drawer then counts as yours until the shift is closed, and the take-over is recorded.</source>
        <translation>Shift di mesin kasir ini dibuka oleh {holder} dan masih terbuka.

Lanjutkan shift itu sebagai {user}? Uang di laci lalu menjadi tanggung jawab Anda sampai shift ditutup, dan pengambilalihan ini dicatat.</translation>
    </message>
    <message>
        <source>Yes, continue the shift (Enter)</source>
        <translation>Ya, lanjutkan shift (Enter)</translation>
    </message>
    <message>
        <source>No, log out (Esc)</source>
        <translation>Tidak, keluar (Esc)</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Please fill this in</source>
        <translation>Mohon diisi</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>Till</source>
        <translation>Mesin kasir</translation>
    </message>
    <message>
        <source>Till menu</source>
        <translation>Menu mesin kasir</translation>
    </message>
    <message>
        <source>DATA DEMO: practice data, not real sales</source>
        <translation>DATA DEMO: data latihan, bukan penjualan sungguhan</translation>
    </message>
    <message>
        <source>Menu ({keys})</source>
        <translation>Menu ({keys})</translation>
    </message>
</context>
<context>
    <name>TipPanel</name>
    <message>
        <source>Tip (F6)</source>
        <translation>Tip (F6)</translation>
    </message>
    <message>
        <source>A tip from the customer, kept apart from the sale</source>
        <translation>Tip dari pelanggan, terpisah dari penjualan</translation>
    </message>
    <message>
        <source>Tip (F6), optional</source>
        <translation>Tip (F6), tidak wajib</translation>
    </message>
    <message>
        <source>Who gets the tip</source>
        <translation>Siapa yang menerima tip</translation>
    </message>
    <message>
        <source>The bill&apos;s workers, by their share</source>
        <translation>Pekerja tagihan ini, menurut bagiannya</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Tip {amount}</source>
        <translation>Tip {amount}</translation>
    </message>
    <message>
        <source>Tip goes to</source>
        <translation>Tip untuk</translation>
    </message>
    <message>
        <source>A tip is more than zero</source>
        <translation>Tip harus lebih dari nol</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Service {rate}</source>
        <translation>Biaya layanan {rate}</translation>
    </message>
    <message>
        <source> (included)</source>
        <translation> (termasuk)</translation>
    </message>
    <message>
        <source>Tax (PBJT) {rate}</source>
        <translation>Pajak (PBJT) {rate}</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
</context>
<context>
    <name>TransferReceiveDialog</name>
    <message>
        <source>Receive transfer {number}</source>
        <translation>Terima kiriman {number}</translation>
    </message>
    <message>
        <source>From {outlet}. Type how many of each arrived; for less than was sent, say why: a supervisor approves the loss.</source>
        <translation>Dari {outlet}. Ketik berapa yang sampai dari tiap barang; bila kurang dari yang dikirim, sebutkan sebabnya: supervisor menyetujui kehilangannya.</translation>
    </message>
    <message>
        <source>What receiving does</source>
        <translation>Apa yang dilakukan penerimaan</translation>
    </message>
    <message>
        <source>What was sent and what arrived</source>
        <translation>Yang dikirim dan yang sampai</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pembuat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Why less arrived</source>
        <translation>Mengapa kurang</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>How many of {name} arrived</source>
        <translation>Berapa {name} yang sampai</translation>
    </message>
    <message>
        <source>Why less of {name} arrived</source>
        <translation>Mengapa {name} yang sampai kurang</translation>
    </message>
    <message>
        <source>The transfer&apos;s lines are still being read</source>
        <translation>Baris kiriman masih dibaca</translation>
    </message>
    <message>
        <source>Type how many of {name} arrived: 0 to {sent}</source>
        <translation>Ketik berapa {name} yang sampai: 0 sampai {sent}</translation>
    </message>
    <message>
        <source>Say why less of {name} arrived</source>
        <translation>Sebutkan mengapa {name} yang sampai kurang</translation>
    </message>
    <message>
        <source>Transfer {number}: less arrived than was sent</source>
        <translation>Kiriman {number}: yang sampai kurang dari yang dikirim</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Menerima…</translation>
    </message>
</context>
<context>
    <name>TransferSendDialog</name>
    <message>
        <source>Send goods to another outlet</source>
        <translation>Kirim barang ke gerai lain</translation>
    </message>
    <message>
        <source>Send to outlet</source>
        <translation>Kirim ke gerai</translation>
    </message>
    <message>
        <source>Item code (SKU)</source>
        <translation>Kode barang (SKU)</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Berapa banyak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Ke</translation>
    </message>
    <message>
        <source>&amp;Item code</source>
        <translation>Kode &amp;barang</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>Choose the outlet to send to</source>
        <translation>Pilih gerai tujuan</translation>
    </message>
    <message>
        <source>Type the item&apos;s code (SKU)</source>
        <translation>Ketik kode barang (SKU)</translation>
    </message>
    <message>
        <source>Type how many, for example 5</source>
        <translation>Ketik jumlahnya, misalnya 5</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Transfers between outlets</source>
        <translation>Kiriman antar gerai</translation>
    </message>
    <message>
        <source>Transfers on the way</source>
        <translation>Kiriman dalam perjalanan</translation>
    </message>
    <message>
        <source>Transfers received lately, with what was lost on the way</source>
        <translation>Kiriman yang baru diterima, dengan yang hilang di perjalanan</translation>
    </message>
    <message>
        <source>Transfers status</source>
        <translation>Status kiriman</translation>
    </message>
    <message>
        <source>&amp;Receive all of it</source>
        <translation>&amp;Terima semuanya</translation>
    </message>
    <message>
        <source>Receive the chosen transfer, all of it</source>
        <translation>Terima kiriman yang dipilih, semuanya</translation>
    </message>
    <message>
        <source>&amp;Send goods…</source>
        <translation>&amp;Kirim barang…</translation>
    </message>
    <message>
        <source>Send goods to another outlet</source>
        <translation>Kirim barang ke gerai lain</translation>
    </message>
    <message>
        <source>Sent and not received yet</source>
        <translation>Sudah dikirim, belum diterima</translation>
    </message>
    <message>
        <source>Received lately</source>
        <translation>Baru diterima</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) on the way</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer {number} received</source>
        <translation>Kiriman {number} diterima</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Menerima…</translation>
    </message>
    <message>
        <source>Receive &amp;less than sent…</source>
        <translation>Terima yang sampai &amp;saja…</translation>
    </message>
    <message>
        <source>Receive the chosen transfer, typing what arrived</source>
        <translation>Terima kiriman yang dipilih, dengan mengetik yang sampai</translation>
    </message>
    <message>
        <source>Transfer &amp;note</source>
        <translation>S&amp;urat kiriman</translation>
    </message>
    <message>
        <source>The chosen transfer&apos;s note, to print or save</source>
        <translation>Surat kiriman yang dipilih, untuk dicetak atau disimpan</translation>
    </message>
    <message>
        <source>Preparing the transfer note…</source>
        <translation>Menyiapkan surat kiriman…</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>All outlets (sentra-wide)</source>
        <translation>Semua gerai (seluruh sentra)</translation>
    </message>
    <message>
        <source>The worker this user also is</source>
        <translation>Pekerja yang juga pengguna ini</translation>
    </message>
    <message>
        <source>First PIN</source>
        <translation>PIN pertama</translation>
    </message>
    <message>
        <source>First PIN again</source>
        <translation>PIN pertama sekali lagi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>P&amp;eran</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>Ge&amp;rai</translation>
    </message>
    <message>
        <source>Also the &amp;worker</source>
        <translation>Juga pe&amp;kerja</translation>
    </message>
    <message>
        <source>First &amp;PIN</source>
        <translation>P&amp;IN pertama</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;lagi</translation>
    </message>
    <message>
        <source>The user chooses their own PIN the first time they log in.</source>
        <translation>Pengguna membuat PIN sendiri saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Fill in the user name and the full name</source>
        <translation>Isi nama pengguna dan nama lengkap</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Also worker</source>
        <translation>Juga pekerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>PIN salah</translation>
    </message>
    <message>
        <source>all outlets</source>
        <translation>semua gerai</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>new PIN at next login</source>
        <translation>PIN baru saat masuk berikutnya</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Users with wrong PINs</source>
        <translation>Pengguna dengan PIN salah</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Cari pengguna</translation>
    </message>
    <message>
        <source>Type part of a name or user name</source>
        <translation>Ketik sebagian nama atau nama pengguna</translation>
    </message>
    <message>
        <source>Find a user by name…</source>
        <translation>Cari pengguna menurut nama…</translation>
    </message>
    <message>
        <source>Which users are shown</source>
        <translation>Pengguna yang ditampilkan</translation>
    </message>
    <message>
        <source>Failed PINs of the chosen user</source>
        <translation>PIN salah dari pengguna terpilih</translation>
    </message>
    <message>
        <source>Recent failed logins</source>
        <translation>Gagal masuk terakhir</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Deactivate or reactivate</source>
        <translation>Nonaktifkan atau aktifkan lagi</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Atur ulang PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>What to do with the chosen user</source>
        <translation>Tindakan untuk pengguna terpilih</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Pilih pengguna di daftar dulu.</translation>
    </message>
    <message>
        <source>{count} wrong PINs in a row; locked out until {time}.</source>
        <translation>{count} kali PIN salah berturut-turut; terkunci sampai {time}.</translation>
    </message>
    <message>
        <source>{count} wrong PINs in a row; not locked out.</source>
        <translation>{count} kali PIN salah berturut-turut; tidak terkunci.</translation>
    </message>
    <message>
        <source>No wrong PIN since the last good one.</source>
        <translation>Tidak ada PIN salah sejak masuk terakhir yang benar.</translation>
    </message>
    <message>
        <source>till {code}</source>
        <translation>mesin kasir {code}</translation>
    </message>
    <message>
        <source>no till: an approval or a command</source>
        <translation>bukan di mesin kasir: persetujuan atau perintah</translation>
    </message>
    <message>
        <source> (locked out)</source>
        <translation> (terkunci)</translation>
    </message>
    <message>
        <source>No failed logins recorded</source>
        <translation>Tidak ada catatan gagal masuk</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer log in; their sales stay theirs.</source>
        <translation>Nonaktifkan {name}? Ia tidak bisa masuk lagi; penjualannya tetap tercatat atas namanya.</translation>
    </message>
    <message>
        <source>Reactivate {name}? They can log in again.</source>
        <translation>Aktifkan kembali {name}? Ia bisa masuk lagi.</translation>
    </message>
    <message>
        <source>Unlock {name}? Do it only when you know it is them.</source>
        <translation>Buka kunci {name}? Lakukan hanya jika Anda yakin itu memang dia.</translation>
    </message>
</context>
<context>
    <name>VisitPayment</name>
    <message>
        <source>Visit {number} finished · paid {amount}</source>
        <translation>Kunjungan {number} selesai · dibayar {amount}</translation>
    </message>
    <message>
        <source>{count} line(s) paid with a package session</source>
        <translation>{count} baris dibayar dengan sesi paket</translation>
    </message>
    <message>
        <source>tip {amount}</source>
        <translation>tip {amount}</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pukul</translation>
    </message>
</context>
<context>
    <name>WorkerDetailDialog</name>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Bahasa laporan penghasilan</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Penjualan atas nama pekerja</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <source>Balance at the period&apos;s end</source>
        <translation>Saldo di akhir masa</translation>
    </message>
    <message>
        <source>Record a payout</source>
        <translation>Catat pembayaran penghasilan</translation>
    </message>
    <message>
        <source>Correct earnings</source>
        <translation>Koreksi penghasilan</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>Cetak laporan penghasilan</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Statement in</source>
        <translation>Laporan dalam</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Who made it or did it?</source>
        <translation>Siapa yang membuat atau mengerjakannya?</translation>
    </message>
    <message>
        <source>Worker for: {item}</source>
        <translation>Pekerja untuk: {item}</translation>
    </message>
    <message>
        <source>Type to find a worker</source>
        <translation>Ketik untuk mencari pekerja</translation>
    </message>
    <message>
        <source>Type to find a worker, Enter to choose</source>
        <translation>Ketik untuk mencari pekerja, Enter untuk memilih</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Tap a worker or press Enter to choose</source>
        <translation>Sentuh nama pekerja atau tekan Enter untuk memilih</translation>
    </message>
    <message>
        <source>Split between several workers</source>
        <translation>Bagi di antara beberapa pekerja</translation>
    </message>
    <message>
        <source>Share of {name} in percent</source>
        <translation>Bagian {name} dalam persen</translation>
    </message>
    <message>
        <source>Choose a worker from the list</source>
        <translation>Pilih pekerja dari daftar</translation>
    </message>
    <message>
        <source>Tick at least two workers to split the line</source>
        <translation>Centang paling sedikit dua pekerja untuk membagi baris ini</translation>
    </message>
    <message>
        <source>Each worker&apos;s share must be more than 0%</source>
        <translation>Bagian setiap pekerja harus lebih dari 0%</translation>
    </message>
    <message>
        <source>The shares add up to {total}%; they must add up to 100%</source>
        <translation>Jumlah bagian {total}%; harus tepat 100%</translation>
    </message>
</context>
<context>
    <name>WorkerFormDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Pekerja baru</translation>
    </message>
    <message>
        <source>Worker code</source>
        <translation>Kode pekerja</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Name on the till</source>
        <translation>Nama di mesin kasir</translation>
    </message>
    <message>
        <source>PPKS category</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <source>Outlets the worker works in</source>
        <translation>Gerai tempat pekerja bekerja</translation>
    </message>
    <message>
        <source>NIK (16 digits)</source>
        <translation>NIK (16 angka)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Savings account number</source>
        <translation>Nomor rekening tabungan</translation>
    </message>
    <message>
        <source>Show and change personal data</source>
        <translation>Tampilkan dan ubah data pribadi</translation>
    </message>
    <message>
        <source>The worker agreed to keeping this data</source>
        <translation>Pekerja setuju data ini disimpan</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <source>Name on the &amp;till</source>
        <translation>Nama di &amp;mesin kasir</translation>
    </message>
    <message>
        <source>PPKS &amp;category</source>
        <translation>Kategori &amp;PPKS</translation>
    </message>
    <message>
        <source>&amp;Outlets</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Rekening</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>T&amp;anggal persetujuan</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>Fill in the worker&apos;s code and name</source>
        <translation>Isi kode dan nama pekerja</translation>
    </message>
    <message>
        <source>Tick at least one outlet</source>
        <translation>Centang paling sedikit satu gerai</translation>
    </message>
</context>
<context>
    <name>WorkersModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>On the till</source>
        <translation>Di mesin kasir</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Personal data held</source>
        <translation>Data pribadi yang disimpan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Logs in as</source>
        <translation>Masuk sebagai</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>account</source>
        <translation>rekening</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
</context>
<context>
    <name>WorkersTab</name>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Show inactive workers</source>
        <translation>Tampilkan pekerja tidak aktif</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Pekerja baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Deactivate or reactivate</source>
        <translation>Nonaktifkan atau aktifkan lagi</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Loading workers…</source>
        <translation>Memuat pekerja…</translation>
    </message>
    <message>
        <source>Choose a worker in the list first.</source>
        <translation>Pilih dulu pekerja di daftar.</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer be chosen at the till; their earnings stay.</source>
        <translation>Nonaktifkan {name}? Ia tidak dapat dipilih lagi di mesin kasir; penghasilannya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Make {name} active again?</source>
        <translation>Aktifkan {name} lagi?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
</TS>
