"""Indonesian names for demo workers and users, and the PPKS categories of the workers."""

from __future__ import annotations

FIRST_NAMES = (
    "Siti", "Budi", "Dewi", "Agus", "Sri", "Joko", "Rina", "Eko", "Wati", "Bambang", "Yuni", "Slamet", "Ani",
    "Hadi", "Lestari", "Sugeng", "Nur", "Darmo", "Ratna", "Teguh", "Indah", "Wahyu", "Sari", "Rudi", "Fitri",
    "Andi", "Maya", "Dedi", "Tuti", "Heru", "Endang", "Yanto", "Ayu", "Sutrisno", "Kartini", "Bayu", "Lina",
    "Iwan", "Desi", "Parmin",
)  # fmt: skip
FAMILY_NAMES = (
    "Rahayu", "Santoso", "Lestari", "Wibowo", "Handayani", "Susanto", "Kurniawati", "Saputra", "Purnomo",
    "Wulandari", "Hidayat", "Setiawan", "Pratiwi", "Nugroho", "Siregar", "Simanjuntak", "Hasibuan", "Tanjung",
    "Nainggolan", "Manurung", "Sembiring", "Syahputra", "Rahman", "Maharani", "Permata",
)  # fmt: skip
PPKS_CATEGORIES = (
    "Penyandang disabilitas fisik", "Penyandang disabilitas netra", "Penyandang disabilitas rungu wicara",
    "Penyandang disabilitas intelektual", "Eks pemulung", "Eks gelandangan", "Eks pengemis", "Lanjut usia",
    "Korban kekerasan", "Eks warga binaan pemasyarakatan",
)  # fmt: skip
USERS = (
    ("admin", "Admin Sentra", "admin"),
    ("manajer", "Bu Ratna Pengelola", "manager"),
    ("spv", "Pak Heru Supervisor", "supervisor"),
    ("kasir1", "Rina Kasir", "cashier"),
    ("kasir2", "Andi Kasir", "cashier"),
)
