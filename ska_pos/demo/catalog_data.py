"""What the demo outlets sell, at Indonesian prices: (category, name, price, kind, unit)."""

from __future__ import annotations

ItemSpec = tuple[str, str, int, str, str]

P, S = "product", "service"

OUTLETS: dict[str, tuple[str, str]] = {
    "kafe": ("KFE", "Kafe Budi Luhur"),
    "salon": ("SLN", "Salon Ceria"),
    "laundry": ("LDR", "Laundry Bersih Sentosa"),
    "jahit": ("JHT", "Galeri Jahit Karya Mandiri"),
    "toko": ("TKO", "Toko Kriya Sentra"),
}

_KAFE_DRINKS = [
    ("Es Teh Manis", 5000), ("Teh Tawar Hangat", 3000), ("Es Jeruk", 8000), ("Jeruk Hangat", 7000),
    ("Kopi Tubruk", 8000), ("Kopi Susu Gula Aren", 18000), ("Es Kopi Susu", 15000), ("Cappuccino", 20000),
    ("Teh Tarik", 12000), ("Wedang Jahe", 10000), ("Es Campur", 15000), ("Es Cincau", 10000),
    ("Jus Alpukat", 15000), ("Jus Mangga", 13000), ("Air Mineral", 4000), ("Es Dawet", 10000),
]  # fmt: skip
_KAFE_FOOD = [
    ("Nasi Goreng Kampung", 22000), ("Mie Goreng Jawa", 20000), ("Nasi Ayam Penyet", 25000),
    ("Soto Ayam", 18000), ("Bakso Sapi", 20000), ("Gado-gado", 17000), ("Nasi Uduk Komplit", 20000),
    ("Nasi Pecel", 15000), ("Ayam Geprek", 18000), ("Sate Ayam (10 tusuk)", 25000), ("Mie Ayam", 16000),
    ("Capcay Kuah", 20000), ("Nasi Rames", 17000), ("Lontong Sayur", 15000),
]  # fmt: skip
_KAFE_SNACKS = [
    ("Pisang Goreng", 10000), ("Tahu Isi", 8000), ("Tempe Mendoan", 8000), ("Singkong Keju", 12000),
    ("Roti Bakar Cokelat", 15000), ("Kentang Goreng", 15000), ("Cireng Bumbu Rujak", 10000), ("Klepon", 8000),
    ("Martabak Mini", 12000), ("Risoles Mayo", 9000), ("Lumpia Semarang", 10000), ("Pastel Isi Sayur", 7000),
    ("Bakwan Jagung", 7000), ("Kue Lapis", 6000), ("Onde-onde", 6000), ("Donat Kentang", 8000),
]  # fmt: skip
_SALON = [
    ("Potong", "Potong Rambut Wanita", 35000, S), ("Potong", "Potong Rambut Pria", 25000, S),
    ("Potong", "Potong Rambut Anak", 20000, S), ("Perawatan", "Creambath", 50000, S),
    ("Perawatan", "Hair Mask", 60000, S), ("Perawatan", "Hair Spa", 75000, S),
    ("Warna", "Cat Rambut Pendek", 120000, S), ("Warna", "Cat Rambut Panjang", 180000, S),
    ("Tata Rias", "Blow Dry", 30000, S), ("Tata Rias", "Sanggul Pesta", 150000, S),
    ("Tata Rias", "Rias Wajah", 125000, S), ("Kuku", "Manicure", 40000, S), ("Kuku", "Pedicure", 45000, S),
    ("Pijat", "Pijat Refleksi 60 menit", 80000, S), ("Pijat", "Lulur Tradisional", 90000, S),
    ("Produk", "Sampo Lidah Buaya 200 ml", 35000, P), ("Produk", "Minyak Kemiri 100 ml", 25000, P),
    ("Produk", "Masker Rambut Alami", 40000, P), ("Produk", "Sisir Kayu", 15000, P),
    ("Produk", "Vitamin Rambut", 20000, P),
]  # fmt: skip
_LAUNDRY = [
    ("Kiloan", "Cuci Kering Setrika (kg)", 7000, "kg"), ("Kiloan", "Cuci Kering Lipat (kg)", 5000, "kg"),
    ("Kiloan", "Setrika Saja (kg)", 4000, "kg"), ("Kiloan", "Express 1 Hari (kg)", 12000, "kg"),
    ("Satuan", "Bed Cover Besar", 35000, "pcs"), ("Satuan", "Bed Cover Kecil", 25000, "pcs"),
    ("Satuan", "Selimut", 20000, "pcs"), ("Satuan", "Jas", 30000, "pcs"), ("Satuan", "Kebaya", 35000, "pcs"),
    ("Satuan", "Gorden (per m)", 10000, "m"), ("Satuan", "Boneka Besar", 25000, "pcs"),
    ("Satuan", "Karpet (per m)", 15000, "m"), ("Satuan", "Sepatu", 30000, "pcs"), ("Satuan", "Tas", 35000, "pcs"),
    ("Satuan", "Seprai Set", 20000, "pcs"), ("Satuan", "Mukena", 15000, "pcs"),
]  # fmt: skip
_JAHIT = [
    ("Permak", "Potong Celana", 15000, S), ("Permak", "Kecilkan Pinggang", 25000, S),
    ("Permak", "Ganti Resleting", 20000, S), ("Permak", "Pendekkan Lengan", 20000, S),
    ("Permak", "Tambal Sobek", 10000, S), ("Permak", "Pasang Kancing", 5000, S),
    ("Jahit Baru", "Jahit Kemeja", 150000, S), ("Jahit Baru", "Jahit Celana Panjang", 125000, S),
    ("Jahit Baru", "Jahit Rok", 100000, S), ("Jahit Baru", "Jahit Kebaya", 350000, S),
    ("Jahit Baru", "Jahit Gamis", 250000, S), ("Jahit Baru", "Jahit Seragam Sekolah", 120000, S),
    ("Jahit Baru", "Jahit Batik Pria", 175000, S), ("Siap Pakai", "Tas Kain Batik", 65000, P),
    ("Siap Pakai", "Masker Kain Batik", 10000, P), ("Siap Pakai", "Taplak Meja Tenun", 85000, P),
    ("Siap Pakai", "Sarung Bantal Sulam", 45000, P), ("Siap Pakai", "Dompet Kain", 35000, P),
    ("Kain", "Kain Katun (per m)", 30000, P), ("Kain", "Kain Batik (per m)", 60000, P),
]  # fmt: skip
_TOKO = [
    ("Kerajinan", "Tas Anyaman Eceng Gondok", 95000), ("Kerajinan", "Keranjang Rotan Kecil", 55000),
    ("Kerajinan", "Tempat Tisu Bambu", 40000), ("Kerajinan", "Vas Bunga Tanah Liat", 45000),
    ("Kerajinan", "Gantungan Kunci Kayu", 10000), ("Kerajinan", "Hiasan Dinding Batik", 120000),
    ("Kerajinan", "Tikar Pandan", 85000), ("Kerajinan", "Kotak Perhiasan Kayu", 75000),
    ("Kerajinan", "Miniatur Becak", 65000), ("Kerajinan", "Lampu Hias Bambu", 110000),
    ("Kerajinan", "Dompet Rajut", 35000), ("Kerajinan", "Topi Anyaman", 50000),
    ("Kerajinan", "Sapu Lidi Hias", 25000), ("Kerajinan", "Bros Kain Perca", 15000),
    ("Kerajinan", "Tatakan Gelas Rotan (6)", 30000), ("Kerajinan", "Wayang Kardus", 40000),
    ("Makanan", "Keripik Singkong Balado 250 g", 15000), ("Makanan", "Keripik Pisang 250 g", 15000),
    ("Makanan", "Rempeyek Kacang", 12000), ("Makanan", "Kue Kering Nastar", 55000),
    ("Makanan", "Dodol Betawi", 25000), ("Makanan", "Sambal Roa Botol", 35000),
    ("Makanan", "Madu Hutan 250 ml", 60000), ("Makanan", "Kopi Bubuk Robusta 200 g", 40000),
    ("Makanan", "Teh Rosela Kering", 30000), ("Makanan", "Kerupuk Ikan", 20000),
    ("Makanan", "Abon Sapi 100 g", 45000), ("Makanan", "Rengginang", 18000),
    ("Makanan", "Jahe Merah Instan", 25000), ("Makanan", "Gula Aren Cair", 28000),
    ("Sabun", "Sabun Sereh Wangi", 15000), ("Sabun", "Sabun Kopi", 15000), ("Sabun", "Sabun Susu Kambing", 18000),
    ("Sabun", "Lilin Aromaterapi", 35000), ("Sabun", "Minyak Kayu Putih 60 ml", 25000),
    ("Sabun", "Sabun Cuci Piring Lerak", 20000), ("Pakaian", "Kaos Sablon Sentra", 75000),
    ("Pakaian", "Batik Cap Pria", 150000), ("Pakaian", "Syal Tenun", 85000), ("Pakaian", "Sarung Tenun", 125000),
    ("Pakaian", "Ikat Kepala Batik", 30000), ("Pakaian", "Kain Jumputan", 95000),
    ("Alat Tulis", "Buku Catatan Kertas Daur Ulang", 20000), ("Alat Tulis", "Pensil Hias", 5000),
    ("Alat Tulis", "Kartu Ucapan Lukis", 10000), ("Alat Tulis", "Pembatas Buku Anyaman", 8000),
    ("Alat Tulis", "Map Batik", 25000), ("Alat Tulis", "Kalender Meja Lukis", 30000),
    ("Kerajinan", "Tempat Pensil Bambu", 20000), ("Kerajinan", "Bingkai Foto Kayu", 45000),
    ("Makanan", "Kacang Bawang 200 g", 20000), ("Makanan", "Emping Melinjo", 35000),
]  # fmt: skip


CATALOGS: dict[str, list[ItemSpec]] = {
    "kafe": ([("Minuman", n, p, P, "pcs") for n, p in _KAFE_DRINKS]
             + [("Makanan", n, p, P, "pcs") for n, p in _KAFE_FOOD]
             + [("Camilan", n, p, P, "pcs") for n, p in _KAFE_SNACKS]),
    "salon": [(c, n, p, k, "service" if k == S else "pcs") for c, n, p, k in _SALON],
    "laundry": [(c, n, p, S, u) for c, n, p, u in _LAUNDRY],
    "jahit": [(c, n, p, k, "m" if "per m" in n else ("service" if k == S else "pcs")) for c, n, p, k in _JAHIT],
    "toko": [(c, n, p, P, "pcs") for c, n, p in _TOKO],
}  # fmt: skip


def items_for(kind: str) -> list[ItemSpec]:
    return list(CATALOGS[kind])


# The café's modifier groups, in the file format of `ska-pos import modifiers` (services/modifier_file.py).
KAFE_MODIFIERS: list[dict[str, object]] = [
    {"group": "Gula", "min": 1, "max": 1,
     "options": [{"name": "Gula normal"}, {"name": "Sedikit gula"}, {"name": "Tanpa gula"}],
     "items": ["Es Teh Manis", "Es Jeruk", "Kopi Tubruk", "Kopi Susu Gula Aren", "Es Kopi Susu", "Teh Tarik"]},
    {"group": "Es", "min": 0, "max": 1,
     "options": [{"name": "Es normal"}, {"name": "Sedikit es"}, {"name": "Tanpa es"}],
     "items": ["Es Teh Manis", "Es Jeruk", "Es Kopi Susu", "Jus Alpukat", "Jus Mangga", "Es Campur"]},
    {"group": "Ukuran", "min": 1, "max": 1,
     "options": [{"name": "Reguler"}, {"name": "Besar", "price": 5000}],
     "items": ["Kopi Susu Gula Aren", "Es Kopi Susu", "Cappuccino", "Teh Tarik"]},
    {"group": "Level pedas", "min": 1, "max": 1,
     "options": [{"name": "Tidak pedas"}, {"name": "Sedang"}, {"name": "Pedas"}, {"name": "Sangat pedas"}],
     "items": ["Ayam Geprek", "Nasi Ayam Penyet", "Mie Goreng Jawa"]},
    {"group": "Tambahan", "min": 0, "max": 3,
     "options": [{"name": "Telur ceplok", "price": 4000}, {"name": "Keju", "price": 5000},
                 {"name": "Kerupuk", "price": 2000}],
     "items": ["Nasi Goreng Kampung", "Mie Goreng Jawa", "Ayam Geprek"]},
]  # fmt: skip
