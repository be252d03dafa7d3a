<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../ska_pos/ui/approval.py" line="30"/>
        <location filename="../../ska_pos/ui/approval.py" line="31"/>
        <source>Supervisor approval</source>
        <translation>Persetujuan supervisor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/approval.py" line="34"/>
        <location filename="../../ska_pos/ui/approval.py" line="35"/>
        <source>Supervisor user name</source>
        <translation>Nama pengguna supervisor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/approval.py" line="38"/>
        <source>Approval error</source>
        <translation>Kesalahan persetujuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="41"/>
        <source>Earnings</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="46"/>
        <source>Earnings per day</source>
        <translation>Penghasilan per hari</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="49"/>
        <source>{count} bars, {total} in all</source>
        <translation>{count} batang, seluruhnya {total}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="51"/>
        <source>; highest {amount} on {label}</source>
        <translation>; tertinggi {amount} pada {label}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="60"/>
        <source>Workers&apos; earnings</source>
        <translation>Penghasilan pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="60"/>
        <source>Outlet&apos;s share</source>
        <translation>Bagian gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="69"/>
        <source>Outlets compared</source>
        <translation>Perbandingan gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="72"/>
        <source>{code}: net {net}, workers {workers}</source>
        <translation>{code}: bersih {net}, pekerja {workers}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/charts.py" line="99"/>
        <source>thousand rupiah</source>
        <translation>ribu rupiah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/documents.py" line="41"/>
        <source>Worker&apos;s statement</source>
        <translation>Laporan penghasilan pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/documents.py" line="41"/>
        <source>Preparing the statement…</source>
        <translation>Menyiapkan laporan penghasilan…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/documents.py" line="55"/>
        <source>Payout slip</source>
        <translation>Slip pembayaran upah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/documents.py" line="55"/>
        <source>Preparing the payout slip…</source>
        <translation>Menyiapkan slip pembayaran upah…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/notices.py" line="33"/>
        <location filename="../../ska_pos/ui/messages.py" line="18"/>
        <location filename="../../ska_pos/ui/pin_pad.py" line="38"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/notices.py" line="34"/>
        <location filename="../../ska_pos/ui/messages.py" line="18"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/notices.py" line="35"/>
        <location filename="../../ska_pos/ui/messages.py" line="18"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/messages.py" line="18"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/messages.py" line="18"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/messages.py" line="19"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/messages.py" line="19"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/messages.py" line="30"/>
        <source>Something went wrong: {error}</source>
        <translation>Terjadi kesalahan: {error}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/messages.py" line="35"/>
        <source>Cannot do that</source>
        <translation>Tidak bisa dilakukan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/pin_pad.py" line="27"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/pin_pad.py" line="27"/>
        <source>Type the PIN, then Enter</source>
        <translation>Ketik PIN, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/pin_pad.py" line="36"/>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/pin_pad.py" line="36"/>
        <source>Erase the last digit</source>
        <translation>Hapus angka terakhir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/pin_pad.py" line="38"/>
        <source>Confirm the PIN</source>
        <translation>Konfirmasi PIN</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/pin_pad.py" line="52"/>
        <source>Digit {digit}</source>
        <translation>Angka {digit}</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="24"/>
        <source>Correct the earnings of {name}</source>
        <translation>Koreksi penghasilan {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="26"/>
        <source>Amount to add; start with a minus to take away</source>
        <translation>Jumlah yang ditambahkan; awali dengan minus untuk mengurangi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="28"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="29"/>
        <source>&amp;Amount (+ or -)</source>
        <translation>&amp;Jumlah (+ atau -)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="44"/>
        <source>Type the amount, for example 25000 to add or -25000 to take away</source>
        <translation>Ketik jumlahnya, misalnya 25000 untuk menambah atau -25000 untuk mengurangi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/adjustment_dialog.py" line="46"/>
        <source>Give the reason for the correction</source>
        <translation>Tuliskan alasan koreksi</translation>
    </message>
</context>
<context>
    <name>CartController</name>
    <message>
        <location filename="../../ska_pos/ui/till/cart_controller.py" line="153"/>
        <source>Wait a moment: the sale is being saved</source>
        <translation>Tunggu sebentar: penjualan sedang disimpan</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="38"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="39"/>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="40"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="41"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="42"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="43"/>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="79"/>
        <source>⚠ Choose (F4)</source>
        <translation>⚠ Pilih (F4)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_model.py" line="92"/>
        <source>Price changed from {price}</source>
        <translation>Harga diubah dari {price}</translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <location filename="../../ska_pos/ui/till/cart_table.py" line="19"/>
        <source>Cart</source>
        <translation>Keranjang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_table.py" line="20"/>
        <source>Up and down choose a line; + and - change the quantity; Del removes; Enter chooses the worker</source>
        <translation>Atas dan bawah memilih baris; + dan - mengubah jumlah; Del menghapus; Enter memilih pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_table.py" line="37"/>
        <source>Cart columns</source>
        <translation>Kolom keranjang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/cart_table.py" line="38"/>
        <location filename="../../ska_pos/ui/till/cart_table.py" line="42"/>
        <source>Line numbers</source>
        <translation>Nomor baris</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="26"/>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="26"/>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="29"/>
        <source>Amount in rupiah</source>
        <translation>Nominal dalam rupiah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="32"/>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="47"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="37"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="40"/>
        <source>Cash actions</source>
        <translation>Tindakan kas</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="46"/>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="51"/>
        <source>Taking cash out needs a supervisor&apos;s PIN.</source>
        <translation>Kas keluar perlu PIN supervisor.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="60"/>
        <source>Small change from the office</source>
        <translation>Uang receh dari kantor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="60"/>
        <source>Top-up of the float</source>
        <translation>Tambahan modal awal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="61"/>
        <source>Purchase of supplies</source>
        <translation>Pembelian perlengkapan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="61"/>
        <source>Cash handed to the office</source>
        <translation>Uang disetor ke kantor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/cash_dialog.py" line="77"/>
        <source>Take {amount} out of the drawer: {reason}</source>
        <translation>Ambil {amount} dari laci: {reason}</translation>
    </message>
</context>
<context>
    <name>CashPanel</name>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="47"/>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="64"/>
        <source>Cash received</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="48"/>
        <source>Cash received, then Enter</source>
        <translation>Uang diterima, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="51"/>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="99"/>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="55"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="57"/>
        <source>Take cash (Enter)</source>
        <translation>Terima tunai (Enter)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="57"/>
        <source>Take the cash typed</source>
        <translation>Terima uang tunai yang diketik</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="62"/>
        <source>Quick amounts</source>
        <translation>Nominal cepat</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="77"/>
        <source>Exact: {amount}</source>
        <translation>Uang pas: {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="80"/>
        <source>Cash {amount}</source>
        <translation>Tunai {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="101"/>
        <source>Change {amount}</source>
        <translation>Kembalian {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="108"/>
        <source>⚠ Type the cash received, for example 50000</source>
        <translation>⚠ Ketik uang yang diterima, misalnya 50000</translation>
    </message>
</context>
<context>
    <name>CloseShiftPage</name>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="37"/>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="57"/>
        <source>Close the shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="40"/>
        <source>Expected cash</source>
        <translation>Tunai seharusnya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="41"/>
        <source>Counted cash</source>
        <translation>Tunai terhitung</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="42"/>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="80"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="44"/>
        <source>What the difference means</source>
        <translation>Arti selisih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="45"/>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="46"/>
        <source>Note (for example why the cash differs)</source>
        <translation>Catatan (misalnya mengapa uangnya berbeda)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="48"/>
        <source>Close the shift and print the report</source>
        <translation>Tutup shift dan cetak laporan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="52"/>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="59"/>
        <source>Count all the cash in the drawer: how many of each note and coin?</source>
        <translation>Hitung semua uang di laci: berapa lembar atau keping tiap pecahan?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="78"/>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="79"/>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="109"/>
        <source>A difference of more than {limit} needs a supervisor&apos;s PIN.</source>
        <translation>Selisih lebih dari {limit} perlu PIN supervisor.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="128"/>
        <source>Short: less cash than expected</source>
        <translation>Kurang: uang lebih sedikit dari seharusnya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="130"/>
        <source>Over: more cash than expected</source>
        <translation>Lebih: uang lebih banyak dari seharusnya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="132"/>
        <source>Even: the cash matches</source>
        <translation>Pas: uangnya cocok</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="134"/>
        <source>needs a supervisor</source>
        <translation>perlu supervisor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="138"/>
        <source>Difference: {amount}, {words}</source>
        <translation>Selisih: {amount}, {words}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/close_shift_page.py" line="145"/>
        <source>Close the shift with a difference of {amount}</source>
        <translation>Tutup shift dengan selisih {amount}</translation>
    </message>
</context>
<context>
    <name>DailySummaryDialog</name>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="57"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="58"/>
        <source>Daily summary</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="64"/>
        <source>Only a supervisor or manager can print the daily summary.</source>
        <translation>Hanya supervisor atau pengelola yang dapat mencetak laporan harian.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="70"/>
        <source>Outlet or whole sentra</source>
        <translation>Gerai atau seluruh sentra</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="71"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="81"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="75"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="82"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="76"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="76"/>
        <source>Thermal 80 mm</source>
        <translation>Termal 80 mm</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="77"/>
        <source>Thermal 58 mm</source>
        <translation>Termal 58 mm</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="80"/>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="83"/>
        <source>Show the summary; print it on any printer or save it from there</source>
        <translation>Tampilkan laporan; cetak di printer mana saja atau simpan dari sana</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="84"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="85"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="86"/>
        <source>Print on the receipt printer</source>
        <translation>Cetak di printer struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="89"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="176"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="92"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="110"/>
        <source>Whole sentra (all outlets)</source>
        <translation>Seluruh sentra (semua gerai)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="133"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="135"/>
        <source>Making the summary…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="147"/>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="153"/>
        <source>Printing the summary…</source>
        <translation>Mencetak laporan…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="151"/>
        <source>No receipt printer is set up for this till.</source>
        <translation>Belum ada printer struk untuk mesin kasir ini.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="160"/>
        <source>The report was printed.</source>
        <translation>Laporan sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/daily_summary_dialog.py" line="164"/>
        <source>Not printed: {message}</source>
        <translation>Tidak tercetak: {message}</translation>
    </message>
</context>
<context>
    <name>DemoPinsPage</name>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="22"/>
        <source>Demo users and PINs</source>
        <translation>Pengguna dan PIN demo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="25"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="25"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="25"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="25"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="34"/>
        <source>PIN of {name}: {pin}</source>
        <translation>PIN {name}: {pin}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="39"/>
        <source>I have noted the PINs: continue</source>
        <translation>PIN sudah saya catat: lanjutkan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="44"/>
        <source>Demo data is ready</source>
        <translation>Data demo sudah siap</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/demo_pins_page.py" line="47"/>
        <source>Write these PINs down now: they are shown only this once. Each person logs in with their own name and PIN.</source>
        <translation>Catat PIN ini sekarang: PIN hanya ditampilkan kali ini saja. Setiap orang masuk dengan nama dan PIN-nya sendiri.</translation>
    </message>
</context>
<context>
    <name>DenominationCounter</name>
    <message>
        <location filename="../../ska_pos/ui/shift/denomination_counter.py" line="40"/>
        <source>Count of notes and coins</source>
        <translation>Hitungan uang kertas dan koin</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/denomination_counter.py" line="45"/>
        <source>How many of {value}</source>
        <translation>Jumlah pecahan {value}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/denomination_counter.py" line="52"/>
        <source>One less of {value}</source>
        <translation>Kurangi satu {value}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/denomination_counter.py" line="53"/>
        <source>One more of {value}</source>
        <translation>Tambah satu {value}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="36"/>
        <source>Before discount: {amount}</source>
        <translation>Sebelum diskon: {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="37"/>
        <source>Percent (%)</source>
        <translation>Persen (%)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="37"/>
        <source>Discount in percent</source>
        <translation>Diskon dalam persen</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="38"/>
        <source>Rupiah (Rp)</source>
        <translation>Rupiah (Rp)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="38"/>
        <source>Discount in rupiah</source>
        <translation>Diskon dalam rupiah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="49"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="50"/>
        <source>For example 10 (percent) or 5000 (rupiah)</source>
        <translation>Misalnya 10 (persen) atau 5000 (rupiah)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="52"/>
        <source>No discount</source>
        <translation>Tanpa diskon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="52"/>
        <source>Remove the discount</source>
        <translation>Hapus diskon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="73"/>
        <source>Type a number, for example 10</source>
        <translation>Ketik angka, misalnya 10</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="84"/>
        <source>A percentage has at most two decimals</source>
        <translation>Persen paling banyak dua angka di belakang koma</translation>
    </message>
</context>
<context>
    <name>EarningsTab</name>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="41"/>
        <source>Worker earnings</source>
        <translation>Penghasilan pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="44"/>
        <source>Search by worker code or name</source>
        <translation>Cari menurut kode atau nama pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="45"/>
        <source>Search code or name…</source>
        <translation>Cari kode atau nama…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="50"/>
        <source>Totals</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="51"/>
        <source>Ledger check</source>
        <translation>Pemeriksaan buku besar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="67"/>
        <source>Earnings per worker</source>
        <translation>Penghasilan per pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="82"/>
        <source>Worker detail and payout</source>
        <translation>Rincian pekerja dan pembayaran upah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="84"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="85"/>
        <source>Export XLSX</source>
        <translation>Ekspor XLSX</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="103"/>
        <source>Adding up earnings…</source>
        <translation>Menjumlahkan penghasilan…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="113"/>
        <source>{count} workers · credited {credited} · earnings {earnings} · paid out {paid} · balance {balance}</source>
        <translation>{count} pekerja · penjualan atas nama pekerja {credited} · penghasilan {earnings} · dibayarkan {paid} · saldo {balance}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="128"/>
        <source>balanced</source>
        <translation>seimbang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="128"/>
        <source>NOT BALANCED: tell the administrator</source>
        <translation>TIDAK SEIMBANG: beri tahu administrator</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="129"/>
        <source>Net revenue {net} = workers&apos; earnings {workers} + outlets&apos; share {outlets}: {verdict}</source>
        <translation>Penjualan bersih {net} = penghasilan pekerja {workers} + bagian gerai {outlets}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="146"/>
        <source>Choose a worker in the list first.</source>
        <translation>Pilih dulu pekerja di daftar.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="155"/>
        <source>Export earnings</source>
        <translation>Ekspor penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="162"/>
        <source>{count} workers written to {file}</source>
        <translation>{count} pekerja ditulis ke {file}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_tab.py" line="163"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>EarningsTableModel</name>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="29"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="30"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="31"/>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="32"/>
        <source>Credited revenue</source>
        <translation>Penjualan atas nama pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="33"/>
        <source>Earnings</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="34"/>
        <source>Paid out</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="35"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/earnings_model.py" line="62"/>
        <source>{name} (inactive)</source>
        <translation>{name} (tidak aktif)</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="32"/>
        <source>First start</source>
        <translation>Penyiapan awal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="34"/>
        <source>Setup problem</source>
        <translation>Masalah penyiapan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="41"/>
        <source>Welcome to SKA POS</source>
        <translation>Selamat datang di SKA POS</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="44"/>
        <source>This database is empty. Set up your sentra, or try the till with demo data.</source>
        <translation>Basis data ini masih kosong. Siapkan sentra Anda, atau coba kasir dengan data demo.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="54"/>
        <source>Set up</source>
        <translation>Siapkan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="56"/>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="69"/>
        <source>Sentra name</source>
        <translation>Nama sentra</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="57"/>
        <source>For example: Sentra Budi Luhur</source>
        <translation>Misalnya: Sentra Budi Luhur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="58"/>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="70"/>
        <source>Outlet name</source>
        <translation>Nama gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="59"/>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="71"/>
        <source>Outlet kind</source>
        <translation>Jenis gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="62"/>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="72"/>
        <source>Till code</source>
        <translation>Kode mesin kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="64"/>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="73"/>
        <source>Administrator&apos;s name</source>
        <translation>Nama administrator</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="65"/>
        <source>Administrator&apos;s PIN (4 to 8 digits)</source>
        <translation>PIN administrator (4 sampai 8 angka)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="66"/>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="74"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="75"/>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="78"/>
        <source>Set up and start</source>
        <translation>Siapkan dan mulai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="83"/>
        <source>Set up this till</source>
        <translation>Siapkan mesin kasir ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="90"/>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="92"/>
        <source>Use demo data</source>
        <translation>Pakai data demo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="94"/>
        <source>Demo data progress</source>
        <translation>Kemajuan data demo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="96"/>
        <source>Just looking?</source>
        <translation>Hanya ingin mencoba?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="100"/>
        <source>Demo data makes a sentra with five outlets, workers, items and two weeks of sales. The login screen says DATA DEMO while it is in use.</source>
        <translation>Data demo membuat satu sentra dengan lima gerai, pekerja, barang, dan penjualan selama dua minggu. Layar masuk menampilkan DATA DEMO selama data ini dipakai.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="124"/>
        <source>Café</source>
        <translation>Kafe</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="125"/>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="126"/>
        <source>Laundry</source>
        <translation>Laundry</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="127"/>
        <source>Tailoring (jahit)</source>
        <translation>Jahit (penjahitan)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="128"/>
        <source>Shop or gallery</source>
        <translation>Toko atau galeri</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="151"/>
        <source>Setting up…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="159"/>
        <source>Preparing demo data… this takes a few seconds.</source>
        <translation>Menyiapkan data demo… ini perlu beberapa detik.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/first_start_page.py" line="165"/>
        <source>Preparing demo data…</source>
        <translation>Menyiapkan data demo…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ska_pos/ui/help/help_dialog.py" line="29"/>
        <source>Keys of the till</source>
        <translation>Tombol keyboard kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/help_dialog.py" line="33"/>
        <source>Every action also has a button you can touch.</source>
        <translation>Setiap tindakan juga punya tombol di layar yang bisa disentuh.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/help_dialog.py" line="35"/>
        <source>Key map</source>
        <translation>Daftar tombol</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/help_dialog.py" line="36"/>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/help_dialog.py" line="36"/>
        <source>What it does</source>
        <translation>Fungsinya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/help_dialog.py" line="56"/>
        <source>Help actions</source>
        <translation>Tindakan bantuan</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="43"/>
        <source>Receipt no.</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="44"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="45"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="46"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="47"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="48"/>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="79"/>
        <source>for {receipt}</source>
        <translation>untuk {receipt}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="81"/>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="83"/>
        <source>Partly refunded</source>
        <translation>Sebagian dikembalikan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="87"/>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="87"/>
        <source>Void</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="87"/>
        <source>Refund</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="93"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="95"/>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_model.py" line="96"/>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="37"/>
        <source>Today&apos;s journal</source>
        <translation>Jurnal hari ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="43"/>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="44"/>
        <source>Find a receipt number</source>
        <translation>Cari nomor struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="49"/>
        <source>Summary of the day</source>
        <translation>Ringkasan hari ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="50"/>
        <source>Last action</source>
        <translation>Tindakan terakhir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="56"/>
        <source>Today&apos;s journal · till {till}</source>
        <translation>Jurnal hari ini · mesin kasir {till}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="72"/>
        <source>Sales of today</source>
        <translation>Penjualan hari ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="73"/>
        <source>Arrow keys choose a sale; Tab goes to the buttons</source>
        <translation>Tombol panah memilih penjualan; Tab pindah ke tombol</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="94"/>
        <source>Reprint (copy)</source>
        <translation>Cetak ulang (salinan)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="95"/>
        <source>Void the sale</source>
        <translation>Batalkan penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="97"/>
        <source>Refund lines</source>
        <translation>Kembalikan barang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="98"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="99"/>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="128"/>
        <source>{count} sales today · net {total}</source>
        <translation>{count} penjualan hari ini · bersih {total}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="172"/>
        <source>Void {receipt}</source>
        <translation>Batalkan {receipt}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="173"/>
        <source>The whole sale of {total} is reversed and paid back the way it was paid. Why?</source>
        <translation>Seluruh penjualan {total} dibatalkan dan uangnya dikembalikan dengan cara yang sama seperti saat dibayar. Apa alasannya?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="189"/>
        <source>Void receipt {receipt}: {reason}</source>
        <translation>Batalkan struk {receipt}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/journal_page.py" line="215"/>
        <source>{receipt} recorded: give back {amount}.</source>
        <translation>{receipt} tercatat: kembalikan uang {amount}.</translation>
    </message>
</context>
<context>
    <name>KeyMap</name>
    <message>
        <location filename="../../ska_pos/ui/help/key_map.py" line="34"/>
        <source>Menu: daily summary, printers, settings, large text, log out</source>
        <translation>Menu: laporan harian, printer, pengaturan, teks besar, keluar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/key_map.py" line="35"/>
        <source>On the journal, shift and menu pages: back to the sale</source>
        <translation>Di halaman jurnal, shift, dan menu: kembali ke penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/key_map.py" line="36"/>
        <source>Next / previous control</source>
        <translation>Kontrol berikutnya / sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/help/key_map.py" line="37"/>
        <source>Press the button that has the orange frame</source>
        <translation>Tekan tombol yang berbingkai oranye</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="12"/>
        <source>Help: show these keys</source>
        <translation>Bantuan: tampilkan daftar tombol ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="13"/>
        <source>Go to the search and barcode field</source>
        <translation>Ke kolom cari dan barcode</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="14"/>
        <source>Today&apos;s journal: reprint, void, refund</source>
        <translation>Jurnal hari ini: cetak ulang, batalkan, pengembalian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="15"/>
        <source>Choose the worker of the selected line</source>
        <translation>Pilih pekerja untuk baris terpilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="16"/>
        <source>Discount on the selected line</source>
        <translation>Diskon untuk baris terpilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="17"/>
        <source>Shift: cash in and out, close the shift</source>
        <translation>Shift: kas masuk dan keluar, tutup shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="18"/>
        <source>Type the quantity of the selected line (for example 1,5 kg)</source>
        <translation>Ketik jumlah untuk baris terpilih (misalnya 1,5 kg)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="19"/>
        <source>Hold this sale</source>
        <translation>Tahan penjualan ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="20"/>
        <source>Recall a held sale</source>
        <translation>Panggil kembali penjualan yang ditahan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="21"/>
        <source>Lock the till</source>
        <translation>Kunci kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="22"/>
        <source>Discount on the whole sale</source>
        <translation>Diskon untuk seluruh penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="23"/>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="24"/>
        <source>Add the scanned or typed code, or the chosen search result</source>
        <translation>Tambahkan kode yang dipindai atau diketik, atau hasil cari yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="25"/>
        <source>Add 3 of an item at once</source>
        <translation>Tambahkan 3 buah satu barang sekaligus</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="26"/>
        <source>Select a line of the cart, or a search result</source>
        <translation>Pilih baris keranjang, atau hasil cari</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="27"/>
        <source>One more or one less of the selected line</source>
        <translation>Tambah satu atau kurangi satu pada baris terpilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="28"/>
        <source>Remove the selected line (when the search field is empty)</source>
        <translation>Hapus baris terpilih (jika kolom cari kosong)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="29"/>
        <source>Clear the search, close a window</source>
        <translation>Kosongkan pencarian, tutup jendela</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="30"/>
        <source>Change the price of the selected line (supervisor)</source>
        <translation>Ubah harga baris terpilih (supervisor)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="31"/>
        <source>Note for the kitchen on the selected line (café)</source>
        <translation>Catatan dapur untuk baris terpilih (kafe)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="32"/>
        <source>Dine in or takeaway (café)</source>
        <translation>Makan di sini atau bawa pulang (kafe)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/keymap.py" line="33"/>
        <source>Table number (café)</source>
        <translation>Nomor meja (kafe)</translation>
    </message>
</context>
<context>
    <name>LastSalePanel</name>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="59"/>
        <source>Last sale</source>
        <translation>Penjualan terakhir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="64"/>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="67"/>
        <source>Receipt number</source>
        <translation>Nomor struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="71"/>
        <source>Receipt status</source>
        <translation>Status struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="73"/>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="73"/>
        <source>Preview the receipt</source>
        <translation>Pratinjau struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="84"/>
        <source>Change {amount}</source>
        <translation>Kembalian {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="87"/>
        <source>Receipt {number} · paid {amount}</source>
        <translation>Struk {number} · dibayar {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="92"/>
        <source>Making the receipt…</source>
        <translation>Membuat struk…</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="50"/>
        <source>Discount on {item}</source>
        <translation>Diskon untuk {item}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="67"/>
        <source>Discount on the whole sale</source>
        <translation>Diskon untuk seluruh penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="84"/>
        <source>Quantity of {item} ({unit}), for example 1,5</source>
        <translation>Jumlah {item} ({unit}), misalnya 1,5</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="86"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="95"/>
        <source>New unit price of {item} (list price {price})</source>
        <translation>Harga satuan baru {item} (harga daftar {price})</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="99"/>
        <source>Change the price</source>
        <translation>Ubah harga</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="104"/>
        <source>Price of {item}: {old} → {new}</source>
        <translation>Harga {item}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="120"/>
        <source>Note for the kitchen on {item}, for example: less sugar</source>
        <translation>Catatan dapur untuk {item}, misalnya: kurang manis</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="122"/>
        <source>Kitchen note</source>
        <translation>Catatan dapur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/line_actions.py" line="132"/>
        <source>Not changed: a supervisor did not approve</source>
        <translation>Tidak diubah: supervisor tidak menyetujui</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="58"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="61"/>
        <location filename="../../ska_pos/ui/session/login_page.py" line="163"/>
        <source>Choose your name first</source>
        <translation>Pilih nama Anda dulu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="62"/>
        <location filename="../../ska_pos/ui/session/login_page.py" line="194"/>
        <source>Login message</source>
        <translation>Pesan layar masuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="93"/>
        <source>Till {code}</source>
        <translation>Mesin kasir {code}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="96"/>
        <source>DATA DEMO: this till holds demo data, not real sales.</source>
        <translation>DATA DEMO: mesin kasir ini berisi data demo, bukan penjualan sungguhan.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="101"/>
        <source>The till is locked. The sale of {name} is kept: log in to carry on.</source>
        <translation>Kasir terkunci. Penjualan {name} tetap tersimpan: masuk untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="124"/>
        <source>Names</source>
        <translation>Daftar nama</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="128"/>
        <source>Type your name</source>
        <translation>Ketik nama Anda</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="128"/>
        <source>Type your name or user name, then Enter</source>
        <translation>Ketik nama atau nama pengguna Anda, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="130"/>
        <source>Or type your name, then Enter</source>
        <translation>Atau ketik nama Anda, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="134"/>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="150"/>
        <source>No one of that name can log in here. Check the spelling or touch your name.</source>
        <translation>Tidak ada yang bernama itu yang bisa masuk di sini. Periksa ejaannya atau sentuh nama Anda.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="156"/>
        <source>PIN of {name}</source>
        <translation>PIN {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/login_page.py" line="184"/>
        <source>Wait until {time}.</source>
        <translation>Tunggu sampai {time}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ska_pos/ui/main_window.py" line="146"/>
        <source>This database has no active till. Ask the administrator to add one.</source>
        <translation>Basis data ini tidak punya mesin kasir yang aktif. Minta administrator menambahkannya.</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <location filename="../../ska_pos/ui/manager/dialog_base.py" line="36"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/dialog_base.py" line="85"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ManagerHost</name>
    <message>
        <location filename="../../ska_pos/ui/session/manager_host.py" line="21"/>
        <location filename="../../ska_pos/ui/session/manager_host.py" line="25"/>
        <source>Manager area</source>
        <translation>Area pengelola</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/manager_host.py" line="22"/>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="22"/>
        <source>Manager</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="27"/>
        <source>Only a manager or an administrator can see the workers&apos; earnings.</source>
        <translation>Hanya pengelola atau administrator yang dapat melihat penghasilan pekerja.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="39"/>
        <source>Manager&apos;s screens</source>
        <translation>Layar pengelola</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="40"/>
        <source>&amp;Earnings</source>
        <translation>&amp;Penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="41"/>
        <source>&amp;Outlets</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="42"/>
        <source>&amp;Workers</source>
        <translation>Pe&amp;kerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/manager_screen.py" line="43"/>
        <source>Share &amp;rules</source>
        <translation>&amp;Aturan bagi hasil</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="26"/>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="49"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="28"/>
        <source>Daily summary</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="29"/>
        <source>Printer settings</source>
        <translation>Pengaturan printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="30"/>
        <source>Manager area</source>
        <translation>Area pengelola</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="31"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="32"/>
        <source>Normal text</source>
        <translation>Teks biasa</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="32"/>
        <source>Large text</source>
        <translation>Teks besar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="33"/>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/menu_page.py" line="34"/>
        <source>Back to the sale (Esc)</source>
        <translation>Kembali ke penjualan (Esc)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ska_pos/ui/till/sale_result.py" line="32"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="29"/>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="33"/>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="51"/>
        <source>Open the shift</source>
        <translation>Buka shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="32"/>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="46"/>
        <source>Opening float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="36"/>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="41"/>
        <source>Manager area</source>
        <translation>Area pengelola</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="55"/>
        <source>Hello {name}. No shift is open on till {till}. Count the cash in the drawer: how many of each note and coin?</source>
        <translation>Halo {name}. Belum ada shift yang dibuka di mesin kasir {till}. Hitung uang di laci: berapa lembar atau keping tiap pecahan?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/open_shift_page.py" line="70"/>
        <source>Opening float: {amount}</source>
        <translation>Modal awal: {amount}</translation>
    </message>
</context>
<context>
    <name>OrderBar</name>
    <message>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="23"/>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="60"/>
        <source>Dine in</source>
        <translation>Makan di sini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="23"/>
        <source>Dine in (Ctrl+D)</source>
        <translation>Makan di sini (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="24"/>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="61"/>
        <source>Takeaway</source>
        <translation>Bawa pulang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="24"/>
        <source>Takeaway (Ctrl+D)</source>
        <translation>Bawa pulang (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="31"/>
        <source>Table (Ctrl+T)</source>
        <translation>Meja (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/order_bar.py" line="32"/>
        <source>Table number</source>
        <translation>Nomor meja</translation>
    </message>
</context>
<context>
    <name>OutletsModel</name>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="24"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="24"/>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="24"/>
        <source>Sales</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="24"/>
        <source>Net revenue</source>
        <translation>Penjualan bersih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="25"/>
        <source>Workers&apos; earnings</source>
        <translation>Penghasilan pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="25"/>
        <source>Outlet&apos;s share</source>
        <translation>Bagian gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="25"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
</context>
<context>
    <name>OutletsTab</name>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="36"/>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="40"/>
        <source>Outlets compared</source>
        <translation>Perbandingan gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/outlets_tab.py" line="62"/>
        <source>Comparing the outlets…</source>
        <translation>Membandingkan gerai…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="59"/>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="60"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="63"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="63"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="63"/>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="63"/>
        <source>E-wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="73"/>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="92"/>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="94"/>
        <source>Still due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="96"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="96"/>
        <source>STILL DUE</source>
        <translation>SISA TAGIHAN</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="119"/>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="119"/>
        <source>Cancel the payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="129"/>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="130"/>
        <source>Payments so far</source>
        <translation>Pembayaran yang sudah masuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="132"/>
        <source>Remove payment</source>
        <translation>Hapus pembayaran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="132"/>
        <source>Remove the selected payment</source>
        <translation>Hapus pembayaran yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_dialog.py" line="187"/>
        <source>Still due {amount}</source>
        <translation>Sisa tagihan {amount}</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="34"/>
        <source>Pay {name}</source>
        <translation>Bayar upah {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="38"/>
        <source>Balance: loading…</source>
        <translation>Saldo: memuat…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="38"/>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="50"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="39"/>
        <source>Amount to pay</source>
        <translation>Jumlah yang dibayar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="41"/>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="42"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="43"/>
        <source>Transfer to savings account</source>
        <translation>Transfer ke rekening tabungan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="44"/>
        <source>Transfer reference</source>
        <translation>Referensi transfer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="45"/>
        <source>Reason for paying more than the balance</source>
        <translation>Alasan membayar lebih dari saldo</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="46"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="47"/>
        <source>Slip paper</source>
        <translation>Kertas slip</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="48"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="49"/>
        <source>80 mm receipt paper</source>
        <translation>Kertas struk 80 mm</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="51"/>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="54"/>
        <source>Period</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="56"/>
        <source>&amp;Amount</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="57"/>
        <source>Paid &amp;by</source>
        <translation>&amp;Cara bayar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="58"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referensi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="59"/>
        <source>Reason (if more)</source>
        <translation>Alasan (jika lebih)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="60"/>
        <source>&amp;Note</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="61"/>
        <source>Slip &amp;paper</source>
        <translation>&amp;Kertas slip</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="77"/>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="91"/>
        <source>Type the amount to pay, for example 150000</source>
        <translation>Ketik jumlah yang dibayar, misalnya 150000</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="93"/>
        <source>Type the transfer&apos;s reference number</source>
        <translation>Ketik nomor referensi transfer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/payout_dialog.py" line="95"/>
        <source>This is more than the balance of {balance}. Give a reason to pay more.</source>
        <translation>Ini lebih dari saldo {balance}. Tuliskan alasan untuk membayar lebih.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="32"/>
        <source>Document preview</source>
        <translation>Pratinjau dokumen</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="37"/>
        <source>Print status</source>
        <translation>Status cetak</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="48"/>
        <source>Preview actions</source>
        <translation>Tindakan pratinjau</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="50"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="50"/>
        <source>Print on a printer</source>
        <translation>Cetak di printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="51"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="51"/>
        <source>Save as a PDF file</source>
        <translation>Simpan sebagai berkas PDF</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="73"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="81"/>
        <source>Sent to the printer.</source>
        <translation>Sudah dikirim ke printer.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="83"/>
        <source>The printer could not be used.</source>
        <translation>Printer tidak dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="91"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="91"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="102"/>
        <source>Cannot save {file}: {error}</source>
        <translation>Tidak dapat menyimpan {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/pdf_preview.py" line="104"/>
        <source>Saved as {file}</source>
        <translation>Disimpan sebagai {file}</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="30"/>
        <source>Period</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="32"/>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="33"/>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="34"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="35"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="36"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="43"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/period_bar.py" line="43"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>PreferencesBar</name>
    <message>
        <location filename="../../ska_pos/ui/session/preferences_bar.py" line="28"/>
        <source>Language: {name}</source>
        <translation>Bahasa: {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/preferences_bar.py" line="38"/>
        <location filename="../../ska_pos/ui/session/preferences_bar.py" line="42"/>
        <source>Large text</source>
        <translation>Teks besar</translation>
    </message>
</context>
<context>
    <name>PrintStatusWidget</name>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="20"/>
        <source>Printer problems</source>
        <translation>Masalah printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="23"/>
        <source>Prints waiting</source>
        <translation>Cetakan menunggu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="25"/>
        <source>Retry printing</source>
        <translation>Coba cetak lagi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="26"/>
        <source>Send every waiting print to the printer again</source>
        <translation>Kirim ulang semua cetakan yang menunggu ke printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="44"/>
        <source>Printing again…</source>
        <translation>Mencetak ulang…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="53"/>
        <source>Kitchen ticket {number}</source>
        <translation>Tiket dapur {number}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="55"/>
        <source>Receipt {number}</source>
        <translation>Struk {number}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/print_status.py" line="56"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ska_pos/ui/printing/print_status.py" line="68"/>
        <source>%n print(s) waiting</source>
        <translation>
            <numerusform>%n cetakan menunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="47"/>
        <source>Printer settings, till {till}</source>
        <translation>Pengaturan printer, mesin kasir {till}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="56"/>
        <source>Only a supervisor or manager can change the printer settings.</source>
        <translation>Hanya supervisor atau pengelola yang dapat mengubah pengaturan printer.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="62"/>
        <source>Network (LAN)</source>
        <translation>Jaringan (LAN)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="63"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="64"/>
        <source>Serial port (COM)</source>
        <translation>Port serial (COM)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="65"/>
        <source>Device file</source>
        <translation>Berkas perangkat</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="66"/>
        <source>No printer: save PDF files</source>
        <translation>Tanpa printer: simpan berkas PDF</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="67"/>
        <source>No printer</source>
        <translation>Tanpa printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="72"/>
        <source>Printer connection</source>
        <translation>Sambungan printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="73"/>
        <source>Printer address</source>
        <translation>Alamat printer</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="74"/>
        <source>Address examples</source>
        <translation>Contoh alamat</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="76"/>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="77"/>
        <source>Copies of each receipt</source>
        <translation>Rangkap tiap struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="79"/>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="80"/>
        <source>Show the workers&apos; names on receipts</source>
        <translation>Tampilkan nama pekerja di struk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="81"/>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="82"/>
        <source>Open the cash drawer for cash sales</source>
        <translation>Buka laci uang untuk penjualan tunai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="84"/>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="114"/>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="85"/>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="115"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="87"/>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="116"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="88"/>
        <source>Copies</source>
        <translation>Rangkap</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="94"/>
        <source>Test print</source>
        <translation>Uji cetak</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="95"/>
        <source>Print a test receipt on the printer as set above</source>
        <translation>Cetak struk uji di printer sesuai pengaturan di atas</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="97"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="108"/>
        <source>Kitchen printer</source>
        <translation>Printer dapur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="110"/>
        <source>Kitchen printer connection</source>
        <translation>Sambungan printer dapur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="111"/>
        <source>Kitchen printer address</source>
        <translation>Alamat printer dapur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="112"/>
        <source>Kitchen paper width</source>
        <translation>Lebar kertas dapur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="124"/>
        <source>Save or cancel</source>
        <translation>Simpan atau batal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="142"/>
        <source>IP address, and the port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Alamat IP, dan port jika bukan 9100: 192.168.1.50 atau 192.168.1.50:9100</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="143"/>
        <source>Vendor and product id as lsusb shows them: 04b8:0e15</source>
        <translation>ID vendor dan produk seperti yang ditampilkan lsusb: 04b8:0e15</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="144"/>
        <source>Port and speed: COM3:9600 or /dev/ttyUSB0:19200</source>
        <translation>Port dan kecepatan: COM3:9600 atau /dev/ttyUSB0:19200</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="145"/>
        <source>The printer&apos;s device file: /dev/usb/lp0</source>
        <translation>Berkas perangkat printer: /dev/usb/lp0</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="146"/>
        <source>Folder for the PDF files; empty: the receipts folder in the data folder</source>
        <translation>Folder untuk berkas PDF; jika kosong: folder struk di dalam folder data</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="147"/>
        <source>Receipts are kept as PDF files in the data folder and shown on screen.</source>
        <translation>Struk disimpan sebagai berkas PDF di folder data dan ditampilkan di layar.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="203"/>
        <source>Choose a printer first.</source>
        <translation>Pilih printer dulu.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="205"/>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="208"/>
        <source>Printing a test receipt…</source>
        <translation>Mencetak struk uji…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="213"/>
        <source>The test receipt was saved as a PDF file.</source>
        <translation>Struk uji disimpan sebagai berkas PDF.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/printer_settings_dialog.py" line="215"/>
        <source>The test receipt was sent to the printer. Check that it printed clearly.</source>
        <translation>Struk uji sudah dikirim ke printer. Periksa apakah tercetak dengan jelas.</translation>
    </message>
</context>
<context>
    <name>QrisPanel</name>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="120"/>
        <source>QRIS code for the customer to scan</source>
        <translation>Kode QRIS untuk dipindai pelanggan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="124"/>
        <source>Amount in the QRIS code</source>
        <translation>Nominal dalam kode QRIS</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="128"/>
        <source>Show this to the customer. When their app says paid, press Payment received.</source>
        <translation>Tunjukkan ini ke pelanggan. Setelah aplikasinya menyatakan lunas, tekan Pembayaran diterima.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="131"/>
        <source>Payment received</source>
        <translation>Pembayaran diterima</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="131"/>
        <source>The customer&apos;s QRIS payment was received</source>
        <translation>Pembayaran QRIS pelanggan sudah diterima</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="149"/>
        <source>QRIS is not set up for this outlet</source>
        <translation>QRIS belum diatur untuk gerai ini</translation>
    </message>
</context>
<context>
    <name>QuickButtons</name>
    <message>
        <location filename="../../ska_pos/ui/till/quick_buttons.py" line="86"/>
        <source>Quick buttons</source>
        <translation>Tombol cepat</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/quick_buttons.py" line="95"/>
        <source>Category {name}</source>
        <translation>Kategori {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/quick_buttons.py" line="106"/>
        <source>Items of the category</source>
        <translation>Barang dalam kategori</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ska_pos/ui/journal/reason_dialog.py" line="23"/>
        <location filename="../../ska_pos/ui/journal/reason_dialog.py" line="24"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/reason_dialog.py" line="27"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/reason_dialog.py" line="30"/>
        <source>Reason actions</source>
        <translation>Tindakan alasan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/reason_dialog.py" line="47"/>
        <source>Give a reason</source>
        <translation>Tuliskan alasannya</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../ska_pos/ui/till/recall_dialog.py" line="21"/>
        <source>Recall a held sale</source>
        <translation>Panggil kembali penjualan yang ditahan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/recall_dialog.py" line="24"/>
        <source>Held sales</source>
        <translation>Penjualan yang ditahan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/recall_dialog.py" line="24"/>
        <source>Tap a held sale or press Enter to bring it back</source>
        <translation>Sentuh penjualan yang ditahan atau tekan Enter untuk memanggilnya kembali</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/recall_dialog.py" line="46"/>
        <source>Choose a held sale from the list</source>
        <translation>Pilih penjualan yang ditahan dari daftar</translation>
    </message>
</context>
<context>
    <name>ReceiptDispatcher</name>
    <message>
        <location filename="../../ska_pos/ui/printing/dispatch.py" line="119"/>
        <source>No receipt printer is set up for this till.</source>
        <translation>Belum ada printer struk untuk mesin kasir ini.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/printing/dispatch.py" line="143"/>
        <source>The report was printed.</source>
        <translation>Laporan sudah dicetak.</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="165"/>
        <source>Amount by {method}</source>
        <translation>Nominal lewat {method}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="167"/>
        <source>Reference of the {method} payment</source>
        <translation>Referensi pembayaran {method}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="170"/>
        <source>Reference or transaction number (required)</source>
        <translation>Referensi atau nomor transaksi (wajib)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="171"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="174"/>
        <source>Add payment (Enter)</source>
        <translation>Tambah pembayaran (Enter)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="174"/>
        <source>Add this payment</source>
        <translation>Tambahkan pembayaran ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="182"/>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="184"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="203"/>
        <source>⚠ Type the reference of the payment</source>
        <translation>⚠ Ketik referensi pembayaran</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/payment_panels.py" line="207"/>
        <source>⚠ The amount must be between Rp1 and the amount still due</source>
        <translation>⚠ Nominal harus antara Rp1 dan sisa tagihan</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="48"/>
        <source>Refund from {receipt}</source>
        <translation>Pengembalian dari {receipt}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="55"/>
        <source>Lines of the sale</source>
        <translation>Barang dalam penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="56"/>
        <source>Type how many to refund in the Refund column, or use the buttons</source>
        <translation>Ketik berapa yang dikembalikan di kolom Dikembalikan, atau pakai tombolnya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="70"/>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="82"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="72"/>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="83"/>
        <source>Pay back by</source>
        <translation>Kembalikan uang lewat</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="78"/>
        <source>Reference (transfer or e-wallet)</source>
        <translation>Referensi (transfer atau dompet digital)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="79"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="84"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="86"/>
        <source>Refund actions</source>
        <translation>Tindakan pengembalian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="90"/>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="91"/>
        <source>Refund</source>
        <translation>Kembalikan uang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="98"/>
        <source>Choose what the customer brings back. A supervisor approves the refund.</source>
        <translation>Pilih barang yang dikembalikan pelanggan. Supervisor menyetujui pengembaliannya.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="113"/>
        <source>All of this line</source>
        <translation>Semua di baris ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="114"/>
        <source>None of this line</source>
        <translation>Nol di baris ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="116"/>
        <source>One less</source>
        <translation>Kurangi satu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="116"/>
        <source>One more</source>
        <translation>Tambah satu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="143"/>
        <source>Choose at least one line and how many to refund.</source>
        <translation>Pilih paling sedikit satu barang dan berapa yang dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="146"/>
        <source>Give a reason</source>
        <translation>Tuliskan alasannya</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_dialog.py" line="166"/>
        <source>Refund from receipt {receipt}: {reason}</source>
        <translation>Pengembalian dari struk {receipt}: {reason}</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_lines_model.py" line="34"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_lines_model.py" line="34"/>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_lines_model.py" line="34"/>
        <source>Left to refund</source>
        <translation>Bisa dikembalikan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_lines_model.py" line="34"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/journal/refund_lines_model.py" line="34"/>
        <source>Refund</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ska_pos/ui/session/roles.py" line="10"/>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/roles.py" line="11"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/roles.py" line="12"/>
        <source>Manager</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/roles.py" line="13"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RuleFormDialog</name>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="35"/>
        <source>New share rule for {outlet}</source>
        <translation>Aturan bagi hasil baru untuk {outlet}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="37"/>
        <source>The rule is for</source>
        <translation>Aturan ini untuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="39"/>
        <source>the whole outlet</source>
        <translation>seluruh gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="40"/>
        <source>a category</source>
        <translation>satu kategori</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="41"/>
        <source>one item</source>
        <translation>satu barang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="44"/>
        <source>Category or item</source>
        <translation>Kategori atau barang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="45"/>
        <source>Kind of share</source>
        <translation>Jenis bagian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="46"/>
        <source>percentage of the net</source>
        <translation>persen dari penjualan bersih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="47"/>
        <source>fixed rupiah per unit</source>
        <translation>rupiah tetap per satuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="48"/>
        <source>Worker&apos;s share</source>
        <translation>Bagian pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="50"/>
        <source>Starts on</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="56"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="58"/>
        <source>&amp;For</source>
        <translation>&amp;Untuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="59"/>
        <source>&amp;Which</source>
        <translation>&amp;Yang mana</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="60"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="61"/>
        <source>Worker&apos;s &amp;share</source>
        <translation>&amp;Bagian pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="62"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Mulai berlaku</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="63"/>
        <source>&amp;Note</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="101"/>
        <source>Type the worker&apos;s share, for example 40 (percent) or 2000 (rupiah per unit)</source>
        <translation>Ketik bagian pekerja, misalnya 40 (persen) atau 2000 (rupiah per satuan)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rule_form.py" line="103"/>
        <source>Choose the category or item</source>
        <translation>Pilih kategori atau barangnya</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="33"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="33"/>
        <source>Worker&apos;s share</source>
        <translation>Bagian pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="33"/>
        <source>Starts on</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="33"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="47"/>
        <source>whole outlet</source>
        <translation>seluruh gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="48"/>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="48"/>
        <source>item</source>
        <translation>barang</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="54"/>
        <source>{amount} per unit</source>
        <translation>{amount} per satuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="57"/>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="57"/>
        <source>starts later</source>
        <translation>berlaku nanti</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="57"/>
        <source>replaced</source>
        <translation>digantikan</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="65"/>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="71"/>
        <source>Share rules</source>
        <translation>Aturan bagi hasil</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="68"/>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="88"/>
        <source>Outlet</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="77"/>
        <source>New rule</source>
        <translation>Aturan baru</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="82"/>
        <source>A rule is never changed: a new rule takes over from its start date. Earnings already recorded keep the rule they were made with.</source>
        <translation>Aturan tidak pernah diubah: aturan baru berlaku mulai tanggalnya. Penghasilan yang sudah tercatat tetap memakai aturan lamanya.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/rules_tab.py" line="101"/>
        <source>Loading rules…</source>
        <translation>Memuat aturan…</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="57"/>
        <source>Choose the worker of {item} first</source>
        <translation>Pilih dulu pekerja untuk {item}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="91"/>
        <source>Saving the sale…</source>
        <translation>Menyimpan penjualan…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="104"/>
        <source>The sale was NOT saved: {reason}</source>
        <translation>Penjualan TIDAK tersimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="112"/>
        <source>Hold this sale</source>
        <translation>Tahan penjualan ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="113"/>
        <source>A name to find it again (optional), for example the customer or the table</source>
        <translation>Nama agar mudah ditemukan lagi (boleh kosong), misalnya nama pelanggan atau meja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="133"/>
        <source>without a name</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="134"/>
        <source>Sale held ({label}). Press F9 to bring it back.</source>
        <translation>Penjualan ditahan ({label}). Tekan F9 untuk memanggilnya kembali.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="141"/>
        <source>Pay or hold (F8) this sale before recalling another</source>
        <translation>Bayar atau tahan (F8) penjualan ini sebelum memanggil kembali yang lain</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="155"/>
        <source>There are no held sales at this till</source>
        <translation>Tidak ada penjualan yang ditahan di kasir ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="165"/>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_flow.py" line="184"/>
        <source>Held sale brought back</source>
        <translation>Penjualan yang ditahan sudah dipanggil kembali</translation>
    </message>
</context>
<context>
    <name>SaleKeys</name>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="35"/>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="36"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="37"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="38"/>
        <source>One more</source>
        <translation>Tambah satu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="39"/>
        <source>One less</source>
        <translation>Kurangi satu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="40"/>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="41"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="44"/>
        <source>Kitchen note</source>
        <translation>Catatan dapur</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="46"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="47"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="48"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="49"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="50"/>
        <source>Sale discount</source>
        <translation>Diskon total</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="51"/>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="52"/>
        <source>Recall</source>
        <translation>Panggil kembali</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_keys.py" line="53"/>
        <source>PAY</source>
        <translation>BAYAR</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="56"/>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="97"/>
        <source>{outlet} · till {till} · cashier {cashier}</source>
        <translation>{outlet} · mesin kasir {till} · kasir {cashier}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="102"/>
        <source>Outlet, till and cashier</source>
        <translation>Gerai, mesin kasir, dan kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="217"/>
        <source>The cart is empty: scan or choose an item first</source>
        <translation>Keranjang masih kosong: pindai atau pilih barang dulu</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="266"/>
        <source>Receipt made.</source>
        <translation>Struk sudah dibuat.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="270"/>
        <source>The sale is saved, but the receipt failed: {message}. Reprint it from the journal (F3).</source>
        <translation>Penjualan sudah tersimpan, tetapi struk gagal: {message}. Cetak ulang dari jurnal (F3).</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/sale_screen.py" line="277"/>
        <source>The kitchen ticket did not print: {message}</source>
        <translation>Tiket dapur tidak tercetak: {message}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="35"/>
        <source>Search or scan</source>
        <translation>Cari atau pindai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="36"/>
        <source>Scan a barcode or type a code or a name, then Enter. F2 comes back here.</source>
        <translation>Pindai barcode atau ketik kode atau nama, lalu Enter. F2 kembali ke sini.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="38"/>
        <source>Scan or type a code or name (F2)</source>
        <translation>Pindai atau ketik kode atau nama (F2)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="44"/>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="48"/>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="49"/>
        <source>Arrows to choose, Enter to add, Esc to go back</source>
        <translation>Panah untuk memilih, Enter untuk menambah, Esc untuk kembali</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="79"/>
        <source>{count} found for “{text}”</source>
        <translation>{count} ditemukan untuk “{text}”</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/search_panel.py" line="80"/>
        <source>Nothing found for “{text}”</source>
        <translation>Tidak ada hasil untuk “{text}”</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="38"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="39"/>
        <source>Lock the till after minutes idle</source>
        <translation>Kunci kasir setelah sekian menit tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="41"/>
        <source>min</source>
        <translation>menit</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="43"/>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="55"/>
        <source>Cash difference allowed without a supervisor</source>
        <translation>Selisih kas yang boleh tanpa supervisor</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="45"/>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="57"/>
        <source>This till</source>
        <translation>Mesin kasir ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="49"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="54"/>
        <source>Lock the till after (minutes without use)</source>
        <translation>Kunci kasir setelah (menit tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="58"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="61"/>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/settings_page.py" line="69"/>
        <source>Settings of {outlet}</source>
        <translation>Pengaturan {outlet}</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="48"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="49"/>
        <source>When the shift opened</source>
        <translation>Waktu shift dibuka</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="55"/>
        <source>Opening float</source>
        <translation>Modal awal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="56"/>
        <source>Cash sales</source>
        <translation>Penjualan tunai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="57"/>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="88"/>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="136"/>
        <source>Cash in</source>
        <translation>Kas masuk</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="58"/>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="89"/>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="136"/>
        <source>Cash out</source>
        <translation>Kas keluar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="59"/>
        <source>Expected cash in the drawer</source>
        <translation>Tunai seharusnya di laci</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="66"/>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="72"/>
        <source>Cash movements</source>
        <translation>Kas masuk dan keluar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="78"/>
        <source>Shift of till {till}</source>
        <translation>Shift mesin kasir {till}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="90"/>
        <source>Print shift report</source>
        <translation>Cetak laporan shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="91"/>
        <source>Close the shift</source>
        <translation>Tutup shift</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="92"/>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="121"/>
        <source>Opened {moment} by {name}</source>
        <translation>Dibuka {moment} oleh {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/shift/shift_page.py" line="142"/>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ska_pos/ui/till/line_dialogs.py" line="146"/>
        <source>Please fill this in</source>
        <translation>Mohon diisi</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../ska_pos/ui/till/dialog_base.py" line="24"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <location filename="../../ska_pos/ui/session/till_page.py" line="45"/>
        <source>Till</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/till_page.py" line="61"/>
        <source>Till menu</source>
        <translation>Menu kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/till_page.py" line="66"/>
        <source>DATA DEMO: practice data, not real sales</source>
        <translation>DATA DEMO: data latihan, bukan penjualan sungguhan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/session/till_page.py" line="71"/>
        <source>Menu ({keys})</source>
        <translation>Menu ({keys})</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="25"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="26"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="28"/>
        <source>Service {rate}</source>
        <translation>Biaya layanan {rate}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="29"/>
        <source> (included)</source>
        <translation> (termasuk)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="30"/>
        <source>Tax (PBJT) {rate}</source>
        <translation>Pajak (PBJT) {rate}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="32"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="34"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/totals_panel.py" line="67"/>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
</context>
<context>
    <name>WorkerDetailDialog</name>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="33"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="38"/>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="49"/>
        <source>Loading the chart…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="38"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="39"/>
        <source>Language of the statement</source>
        <translation>Bahasa laporan penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="54"/>
        <source>Credited revenue</source>
        <translation>Penjualan atas nama pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="55"/>
        <source>Earnings</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="56"/>
        <source>Paid out</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="57"/>
        <source>Balance at the period&apos;s end</source>
        <translation>Saldo di akhir masa</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="93"/>
        <source>Record a payout</source>
        <translation>Catat pembayaran upah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="95"/>
        <source>Correct earnings</source>
        <translation>Koreksi penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="96"/>
        <source>Print statement</source>
        <translation>Cetak laporan penghasilan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="97"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_detail.py" line="103"/>
        <source>Statement in</source>
        <translation>Laporan dalam</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="38"/>
        <source>Who made it or did it?</source>
        <translation>Siapa yang membuat atau mengerjakannya?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="42"/>
        <source>Worker for: {item}</source>
        <translation>Pekerja untuk: {item}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="46"/>
        <source>Type to find a worker</source>
        <translation>Ketik untuk mencari pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="47"/>
        <source>Type to find a worker, Enter to choose</source>
        <translation>Ketik untuk mencari pekerja, Enter untuk memilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="51"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="51"/>
        <source>Tap a worker or press Enter to choose</source>
        <translation>Sentuh nama pekerja atau tekan Enter untuk memilih</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="63"/>
        <source>Split between several workers</source>
        <translation>Bagi di antara beberapa pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="135"/>
        <source>Share of {name} in percent</source>
        <translation>Bagian {name} dalam persen</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="150"/>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="159"/>
        <source>Choose a worker from the list</source>
        <translation>Pilih pekerja dari daftar</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="163"/>
        <source>Tick at least two workers to split the line</source>
        <translation>Centang paling sedikit dua pekerja untuk membagi baris ini</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/till/worker_dialog.py" line="166"/>
        <source>The shares add up to {total}%; they must add up to 100%</source>
        <translation>Jumlah bagian {total}%; harus tepat 100%</translation>
    </message>
</context>
<context>
    <name>WorkerFormDialog</name>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="32"/>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="32"/>
        <source>New worker</source>
        <translation>Pekerja baru</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="35"/>
        <source>Worker code</source>
        <translation>Kode pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="36"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="38"/>
        <source>Name on the till</source>
        <translation>Nama di kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="40"/>
        <source>PPKS category</source>
        <translation>Kategori PPKS</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="41"/>
        <source>Outlets the worker works in</source>
        <translation>Gerai tempat pekerja bekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="50"/>
        <source>NIK (16 digits)</source>
        <translation>NIK (16 angka)</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="51"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="52"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="53"/>
        <source>Savings account number</source>
        <translation>Nomor rekening tabungan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="55"/>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="57"/>
        <source>The worker agreed to keeping this data</source>
        <translation>Pekerja setuju data ini disimpan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="59"/>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="64"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="66"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="67"/>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="68"/>
        <source>Name on the &amp;till</source>
        <translation>Nama &amp;di kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="69"/>
        <source>PPKS &amp;category</source>
        <translation>Kategori &amp;PPKS</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="70"/>
        <source>&amp;Outlets</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="71"/>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="72"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="73"/>
        <source>&amp;Bank</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="74"/>
        <source>&amp;Account</source>
        <translation>&amp;Rekening</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="75"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="76"/>
        <source>Consent &amp;date</source>
        <translation>T&amp;anggal persetujuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="77"/>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="110"/>
        <source>Fill in the worker&apos;s code and name</source>
        <translation>Isi kode dan nama pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/worker_form.py" line="112"/>
        <source>Tick at least one outlet</source>
        <translation>Centang paling sedikit satu gerai</translation>
    </message>
</context>
<context>
    <name>WorkersModel</name>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="23"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="24"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="25"/>
        <source>On the till</source>
        <translation>Di kasir</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="26"/>
        <source>Outlets</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="28"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="29"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="30"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="41"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="41"/>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
</context>
<context>
    <name>WorkersTab</name>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="52"/>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="56"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="66"/>
        <source>Show inactive workers</source>
        <translation>Tampilkan pekerja tidak aktif</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="78"/>
        <source>New worker</source>
        <translation>Pekerja baru</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="79"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="80"/>
        <source>Deactivate or reactivate</source>
        <translation>Nonaktifkan atau aktifkan lagi</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="96"/>
        <source>Loading workers…</source>
        <translation>Memuat pekerja…</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="112"/>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="125"/>
        <source>Choose a worker in the list first.</source>
        <translation>Pilih dulu pekerja di daftar.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="128"/>
        <source>Deactivate {name}? They can no longer be chosen at the till; their earnings stay.</source>
        <translation>Nonaktifkan {name}? Ia tidak dapat dipilih lagi di kasir; penghasilannya tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="130"/>
        <source>Make {name} active again?</source>
        <translation>Aktifkan {name} lagi?</translation>
    </message>
    <message>
        <location filename="../../ska_pos/ui/manager/workers_tab.py" line="139"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
</TS>
