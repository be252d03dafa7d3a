"""Fixed, realistic sample documents for tests, the sample PDFs in docs/samples and the benchmarks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from ska_pos.reports.daily_model import (
    CategorySales,
    DailySummary,
    ItemSales,
    OutletTotal,
    PaymentTotal,
    ShiftCash,
    WorkerRevenue,
)
from ska_pos.reports.receipt_model import KitchenItem, KitchenTicket, ReceiptData, ReceiptLine, ReceiptPayment

WITA = timezone(timedelta(hours=8), "WITA")  # Banjarbaru, South Kalimantan
SOLD_AT = datetime(2026, 11, 29, 14, 5, tzinfo=WITA)

SAMPLE_LINES = (
    ReceiptLine("Es Teh Manis", Decimal("2"), "", 8000, 16000, 0, 16000, ("Siti Rahayu",)),
    ReceiptLine(
        "Nasi Goreng Kampung Spesial Telur Mata Sapi",
        Decimal("2"),
        "",
        25000,
        50000,
        5000,
        45000,
        ("Budi Santoso",),
        note="Pedas sedang",
    ),
    ReceiptLine("Kopi Susu Gula Aren", Decimal("1"), "", 18000, 18000, 0, 18000, ("Siti Rahayu",)),
    ReceiptLine("Pisang Goreng Keju", Decimal("1"), "", 15000, 15000, 0, 15000, ("Dewi Anggraini", "Budi Santoso")),
)


def sample_receipt(language: str = "id", is_copy: bool = False) -> ReceiptData:
    """A café sale: four lines, a line discount, 5% service, 10% PBJT on top, paid in cash with change."""
    return ReceiptData(
        outlet_name="Kafe Sentra Budi Luhur",
        outlet_address="Jl. A. Yani Km 28, Landasan Ulin, Banjarbaru, Kalimantan Selatan",
        header_lines=("Telp. 0511-4705050",),
        footer_lines=("Terima kasih!", "Setiap pembelian mendukung penghasilan penerima manfaat."),
        receipt_no="KSB-T1-261129-0042",
        sold_at=SOLD_AT,
        cashier_name="Dewi Lestari",
        till_code="T1",
        kind="sale",
        lines=SAMPLE_LINES,
        subtotal=99000,
        discount_total=5000,
        service_charge=4700,
        service_rate_bp=500,
        tax_amount=9870,
        tax_rate_bp=1000,
        tax_included=False,
        total=108570,
        rounding=0,
        payments=(ReceiptPayment("cash", 108570),),
        tendered=110000,
        change=1430,
        table_no="7",
        order_type="dine_in",
        is_copy=is_copy,
        language=language,
    )


def sample_void_receipt(language: str = "id") -> ReceiptData:
    return replace(
        sample_receipt(language),
        kind="void",
        receipt_no="KSB-T1-261129-0043",
        sold_at=SOLD_AT + timedelta(minutes=12),
        original_receipt_no="KSB-T1-261129-0042",
        reason="Pesanan dobel, disetujui supervisor Rina",
        tendered=0,
        change=0,
    )


def sample_qris_receipt(language: str = "id") -> ReceiptData:
    return replace(
        sample_receipt(language),
        payments=(ReceiptPayment("qris", 108570, reference="QR-88120431"),),
        tendered=0,
        change=0,
    )


def sample_kitchen_ticket(language: str = "id") -> KitchenTicket:
    return KitchenTicket(
        outlet_name="Kafe Sentra Budi Luhur",
        receipt_no="KSB-T1-261129-0042",
        sold_at=SOLD_AT,
        table_no="7",
        order_type="dine_in",
        items=(
            KitchenItem("Nasi Goreng Kampung Spesial Telur Mata Sapi", Decimal("2"), ("Pedas sedang",), "Tanpa acar"),
            KitchenItem("Pisang Goreng Keju", Decimal("1")),
            KitchenItem("Es Teh Manis", Decimal("2"), ("Gula sedikit", "Es banyak")),
            KitchenItem("Kopi Susu Gula Aren", Decimal("1"), ("Panas",)),
        ),
        note="Tamu menunggu di teras",
        language=language,
    )


def _shifts() -> tuple[ShiftCash, ...]:
    day = SOLD_AT.replace(hour=7, minute=0)
    return (
        ShiftCash("T1", "Dewi Lestari", day, day + timedelta(hours=8, minutes=5), 300000, 1845000, 0, 75000,
                  2070000, 2068000, -2000),
        ShiftCash("T1", "Ahmad Fauzi", day + timedelta(hours=8, minutes=10), None, 300000, 962500, 50000, 0,
                  1312500, None, None),
    )  # fmt: skip


def sample_daily_summary(language: str = "id") -> DailySummary:
    return DailySummary(
        scope_kind="outlet",
        scope_name="Kafe Sentra Budi Luhur",
        outlet_codes=("KSB",),
        business_date=SOLD_AT.date(),
        generated_at=SOLD_AT.replace(hour=21, minute=30),
        sales_count=87,
        gross_sales=4215000,
        discounts=96000,
        void_count=2,
        void_amount=108570,
        refund_count=1,
        refund_amount=18000,
        net_sales=3992430,
        service_charge=199620,
        tax=419205,
        total_collected=4611255,
        payments=(
            PaymentTotal("cash", 51, 2807500),
            PaymentTotal("qris", 29, 1433755),
            PaymentTotal("transfer", 4, 250000),
            PaymentTotal("ewallet", 3, 120000),
        ),
        shifts=_shifts(),
        categories=(
            CategorySales("Minuman", Decimal("142"), 1420000),
            CategorySales("Makanan berat", Decimal("61"), 1830000),
            CategorySales("Camilan", Decimal("47"), 742430),
        ),
        top_items=_top_items(),
        workers=(
            WorkerRevenue("PM-014", "Siti Rahayu", 1512000, 907200),
            WorkerRevenue("PM-021", "Budi Santoso", 1486430, 891858),
            WorkerRevenue("PM-033", "Dewi Anggraini", 622000, 373200),
            WorkerRevenue("PM-040", "Muhammad Rizky Pratama", 372000, 223200),
        ),
        cashier_name="Dewi Lestari",
        manager_name="Hj. Nurhayati, S.Sos.",
        language=language,
    )


def _top_items() -> tuple[ItemSales, ...]:
    names = [
        ("Nasi Goreng Kampung Spesial Telur Mata Sapi", 31, 775000),
        ("Es Teh Manis", 64, 512000),
        ("Kopi Susu Gula Aren", 27, 486000),
        ("Mie Goreng Jawa", 18, 414000),
        ("Soto Banjar", 15, 405000),
        ("Pisang Goreng Keju", 22, 330000),
        ("Es Jeruk Peras", 25, 250000),
        ("Ayam Penyet Sambal Ijo", 9, 252000),
        ("Teh Tarik", 14, 168000),
        ("Roti Bakar Cokelat", 10, 150000),
        ("Air Mineral", 12, 60000),
    ]
    return tuple(ItemSales(name, Decimal(count), amount) for name, count, amount in names)


def sample_sentra_summary(language: str = "id") -> DailySummary:
    """The whole sentra: the café and the salon together, with per-outlet subtotals."""
    cafe = sample_daily_summary(language)
    opened = SOLD_AT.replace(hour=9, minute=0)
    salon_shift = ShiftCash("S1", "Yuni Astuti", opened, opened + timedelta(hours=8), 300000, 640000, 0, 0,
                            940000, 940000, 0)  # fmt: skip
    return replace(
        cafe,
        scope_kind="sentra",
        scope_name="Sentra Budi Luhur Banjarbaru",
        outlet_codes=("KSB", "SLN"),
        sales_count=cafe.sales_count + 12,
        gross_sales=cafe.gross_sales + 640000,
        net_sales=cafe.net_sales + 640000,
        total_collected=cafe.total_collected + 640000,
        payments=(PaymentTotal("cash", 63, 3447500), *cafe.payments[1:]),
        shifts=(*cafe.shifts, salon_shift),
        categories=(*cafe.categories, CategorySales("Layanan salon", Decimal("12"), 640000)),
        workers=(*cafe.workers, WorkerRevenue("PM-052", "Rina Marlina", 640000, 384000)),
        outlets=(
            OutletTotal("KSB", "Kafe Sentra Budi Luhur", cafe.sales_count, cafe.net_sales, cafe.total_collected),
            OutletTotal("SLN", "Salon Budi Luhur", 12, 640000, 640000),
        ),
    )
