"""The signing section of a programme item: the instrument, its languages and originals, and
each signatory — who, for which country, by what authority — chosen in the section itself."""

from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import translation
from planner.domain import places
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import Signatory, Signing, SigningDocument, VisitPlan
from planner.domain.names import display_name
from planner.domain.rules import designator_for, new_signatory, with_authority
from planner.domain.vocab import DocumentKind, FullPowers, SigningAuthority
from planner.export.language import Words
from planner.export.summary import alternat_text
from planner.ui.forms import ChoiceBox, CountryBox, tidy_table
from planner.ui.languages import LANGUAGES, SecondTexts, in_language
from planner.ui.models import HeaderedTableModel
from planner.ui.words import label, labels

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class SignatoryTableModel(HeaderedTableModel):
    """The signatories of an item, in the order they were chosen, shown for reading; the
    section's fields change the selected one."""

    ORDER, NAME, FOR, AUTHORITY, DESIGNATED_BY, FULL_POWERS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Column", "Signs"),
        QT_TRANSLATE_NOOP("Column", "Signatory"),
        QT_TRANSLATE_NOOP("Column", "For"),
        QT_TRANSLATE_NOOP("Column", "Authority"),
        QT_TRANSLATE_NOOP("Column", "Designated by"),
        QT_TRANSLATE_NOOP("Column", "Full powers"),
    )

    def __init__(
        self, plan: VisitPlan, signatories: tuple[Signatory, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rows: list[Signatory] = list(signatories)

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role != DISPLAY:
            return None
        signatory, column = self.rows[index.row()], index.column()
        if column == self.ORDER:
            return signatory.order
        if column == self.NAME:
            return display_name(self.plan.person(signatory.person))
        if column == self.FOR:
            return signatory.on_behalf_of
        if column == self.AUTHORITY:
            return label(signatory.authority)
        if column == self.DESIGNATED_BY:
            key = signatory.designated_by
            return display_name(self.plan.person(key), native=False) if key else ""
        return label(signatory.full_powers)

    def append(self, signatory: Signatory) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(signatory)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> Signatory:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self.rows.pop(row)
        self.endRemoveRows()
        return removed

    def put(self, row: int, signatory: Signatory) -> None:
        self.rows[row] = signatory
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def row_of(self, person_key: str) -> int | None:
        return next((i for i, s in enumerate(self.rows) if s.person == person_key), None)

    def next_order(self) -> int:
        used = {s.order for s in self.rows}
        return next(n for n in range(1, len(self.rows) + 2) if n not in used)


class LanguageButton(QToolButton):
    """The instrument's languages, chosen by name from a menu and kept as BCP 47 tags in the
    order chosen (the first is the main one)."""

    def __init__(self, chosen: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = list(chosen)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("The languages of the instrument; the first is the main one"))
        menu = QMenu(self)
        for tag in list(chosen) + [t for t in LANGUAGES if t not in chosen]:
            action = menu.addAction(places.language_label(tag))
            action.setCheckable(True)
            action.setChecked(tag in chosen)
            action.setData(tag)
            action.toggled.connect(lambda on, tag=tag: self._toggle(tag, on))
        self.setMenu(menu)
        self._show()

    def languages(self) -> tuple[str, ...]:
        return tuple(self.chosen)

    def action_for(self, tag: str) -> QAction:
        return next(a for a in self.menu().actions() if a.data() == tag)

    def _toggle(self, tag: str, on: bool) -> None:
        if on and tag not in self.chosen:
            self.chosen.append(tag)
        elif not on and tag in self.chosen:
            self.chosen.remove(tag)
        self._show()

    def _show(self) -> None:
        names = ", ".join(places.language_name(tag) for tag in self.chosen)
        self.setText(
            self.tr("In {languages}").format(languages=names) if names else self.tr("Languages…")
        )


class SigningSection(QGroupBox):
    """The instrument and who signs it.

    Signals:
        signer_added(person_key): someone was chosen to sign.
        signer_removed(person_key): someone no longer signs.
    """

    signer_added = Signal(str)
    signer_removed = Signal(str)

    def __init__(self, plan: VisitPlan, signing: Signing | None, parent: QWidget | None = None):
        super().__init__(self.tr("Signing ceremony"), parent)
        self.plan = plan
        signing = signing or Signing()
        document = signing.documents[0] if signing.documents else None
        self.document_title = QLineEdit(document.title if document else "")
        self.document_title.setPlaceholderText(self.tr("Title of the instrument"))
        self.second = SecondTexts(plan.visit.languages)
        self.second_title = self.second.register(
            "title", self.tr("Title of the instrument"), QLineEdit()
        )
        if self.second.language is not None:
            words = in_language(
                self.tr("Title of the instrument"), self.second.language, plan.visit.languages
            )
            self.second_title.setPlaceholderText(words)
            self.second_title.setToolTip(words)
        self.second.show(document)
        self.document_kind = ChoiceBox(DocumentKind, labels(DocumentKind))
        self.document_kind.set_value(document.kind if document else DocumentKind.MOU)
        self.languages = LanguageButton(document.languages if document else ("en",))
        self.originals = QSpinBox()
        self.originals.setRange(1, 20)
        self.originals.setValue(document.copies if document else 2)
        self.originals.setSuffix(self.tr(" originals"))
        self.originals.setToolTip(
            self.tr("How many originals are signed: one for each party to keep")
        )
        self.signatories = SignatoryTableModel(plan, signing.signatories, self)
        self.table = QTableView()
        self.table.setModel(self.signatories)
        tidy_table(self.table, stretch=SignatoryTableModel.NAME, editable=False)
        self.table.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.add_button = QPushButton(self.tr("Add signatory"))
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(self.tr("Remove signatory"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.alternat = QLabel()
        self.alternat.setWordWrap(True)
        self._build_fields()
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        for changed in (
            self.signatories.rowsInserted,
            self.signatories.rowsRemoved,
            self.signatories.dataChanged,
        ):
            changed.connect(self._signatories_changed)
        self._signatories_changed()
        self.select(0)

    def _build_fields(self) -> None:
        self.who = QComboBox()
        self.designated_by = QComboBox()
        self.designated_by.addItem(self.tr("(choose)"), "")
        for person in places.our_side_first(self.plan):
            self.who.addItem(display_name(person), person.key)
            self.designated_by.addItem(display_name(person), person.key)
        self.on_behalf_of = CountryBox()
        self.authority = ChoiceBox(SigningAuthority, labels(SigningAuthority))
        self.full_powers = ChoiceBox(FullPowers, labels(FullPowers))
        self.order = QSpinBox()
        self.order.setRange(1, 20)
        self.order.setToolTip(self.tr("The turn in which this signatory signs"))
        self._loading = False
        self.who.currentIndexChanged.connect(self._who_chosen)
        for box in (self.authority, self.designated_by, self.full_powers):
            box.currentIndexChanged.connect(self._fields_changed)
        self.order.valueChanged.connect(self._fields_changed)
        self.on_behalf_of.currentTextChanged.connect(self._fields_changed)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.document_title)
        layout.addWidget(self.second_title)
        self.second_title.setVisible(self.second.language is not None)
        row = QHBoxLayout()
        row.addWidget(self.document_kind, 1)
        row.addWidget(self.languages, 1)
        row.addWidget(self.originals)
        layout.addLayout(row)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Signatories")), 1)
        heading.addWidget(self.add_button)
        heading.addWidget(self.remove_button)
        layout.addLayout(heading)
        layout.addWidget(self.table)
        fields = QHBoxLayout()
        for pairs in (
            (
                (self.tr("Who"), self.who),
                (self.tr("For"), self.on_behalf_of),
                (self.tr("Signs"), self.order),
            ),
            (
                (self.tr("Authority"), self.authority),
                (self.tr("Designated by"), self.designated_by),
                (self.tr("Full powers"), self.full_powers),
            ),
        ):
            form = QFormLayout()
            for text, widget in pairs:
                form.addRow(text, widget)
            fields.addLayout(form, 1)
        layout.addLayout(fields)
        layout.addWidget(self.alternat)
        reading_order: tuple[QWidget, ...] = (
            self.document_title,
            self.second_title,
            self.document_kind,
            self.languages,
            self.originals,
            self.add_button,
            self.remove_button,
            self.table,
            *self._signatory_fields(),
        )
        for before, after in pairwise(reading_order):
            QWidget.setTabOrder(before, after)

    def _signatory_fields(self) -> tuple[QWidget, ...]:
        """The fields of the selected signatory, in reading order."""
        return (
            self.who,
            self.on_behalf_of,
            self.order,
            self.authority,
            self.designated_by,
            self.full_powers,
        )

    # What the officer sees and changes

    def select(self, row: int) -> None:
        if 0 <= row < len(self.signatories.rows):
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.signatories.index(row, SignatoryTableModel.NAME))
        self._show_selected()

    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.signatories.rows) else None

    def _show_selected(self) -> None:
        row = self.selected_row()
        for widget in (*self._signatory_fields(), self.remove_button):
            widget.setEnabled(row is not None)
        if row is None:
            return
        signatory = self.signatories.rows[row]
        self._loading = True
        self.who.setCurrentIndex(self.who.findData(signatory.person))
        self.on_behalf_of.set_country(signatory.on_behalf_of)
        self.order.setValue(signatory.order)
        self._loading = False
        self._show_papers(signatory)

    def _show_papers(self, signatory: Signatory) -> None:
        """Authority, full powers and designation, which follow from one another."""
        self._loading = True
        self.authority.set_value(signatory.authority)
        self.designated_by.setCurrentIndex(
            max(0, self.designated_by.findData(signatory.designated_by))
        )
        self.full_powers.set_value(signatory.full_powers)
        self._loading = False
        self.designated_by.setEnabled(signatory.authority is SigningAuthority.DESIGNATION)

    def _fields_changed(self) -> None:
        """Whatever the officer changes is the signatory's at once; what follows from a new
        authority is shown."""
        row = self.selected_row()
        if self._loading or row is None:
            return
        before = self.signatories.rows[row]
        changed = replace(
            before,
            on_behalf_of=self.on_behalf_of.country() or "",
            order=self.order.value(),
            full_powers=self.full_powers.value(),
            designated_by=self.designated_by.currentData() or None,
        )
        authority = self.authority.value()
        if authority is not before.authority:
            changed = with_authority(changed, authority, designator_for(self.plan, before.person))
        self.signatories.put(row, changed)
        self._show_papers(changed)

    def _who_chosen(self) -> None:
        row = self.selected_row()
        if self._loading or row is None:
            return
        key = str(self.who.currentData())
        before = self.signatories.rows[row]
        if key == before.person:
            return
        elsewhere = self.signatories.row_of(key)
        if elsewhere is not None:  # already signing: go to their row instead
            self.select(elsewhere)
            return
        person = self.plan.person(key)
        designator = designator_for(self.plan, key)
        chosen = replace(
            before,
            person=key,
            on_behalf_of=person.country,
            designated_by=designator if before.designated_by else None,
        )
        self.signatories.put(row, chosen)
        self._show_selected()
        self.signer_removed.emit(before.person)
        self.signer_added.emit(key)

    def _signatories_changed(self) -> None:
        self._show_alternat()
        self._offer_people()

    def _offer_people(self) -> None:
        """ "Add signatory" offers everyone not signing yet, our side first."""
        self.add_menu.clear()
        signing = {s.person for s in self.signatories.rows}
        for index in range(self.who.count()):
            key = self.who.itemData(index)
            if key not in signing:
                action = self.add_menu.addAction(self.who.itemText(index))
                action.triggered.connect(lambda _=False, key=key: self.add(key))

    def add(self, person_key: str) -> None:
        """Choose someone to sign (as picking them from "Add signatory" does)."""
        row = self.signatories.row_of(person_key)
        if row is None:
            person = self.plan.person(person_key)
            row = self.signatories.append(new_signatory(person, self.signatories.next_order()))
            self.signer_added.emit(person_key)
        self.select(row)

    def remove(self, person_key: str) -> None:
        """Someone no longer signs (they stay on the item with their own role)."""
        row = self.signatories.row_of(person_key)
        if row is not None:
            self.signatories.remove(row)
            self.signer_removed.emit(person_key)
            self.select(min(row, len(self.signatories.rows) - 1))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.remove(self.signatories.rows[row].person)

    def signers(self) -> set[str]:
        return {s.person for s in self.signatories.rows}

    def _show_alternat(self) -> None:
        signing = Signing(signatories=tuple(self.signatories.rows))
        text = alternat_text(self.plan, signing, Words(translation.current_language()))
        self.alternat.setText(text or "")
        self.alternat.setVisible(text is not None)

    # What the section gives back

    def signatory_list(self) -> tuple[Signatory, ...]:
        """The signatories as chosen; the item's rules (`item_flaws`) say whether they can be."""
        return tuple(self.signatories.rows)

    def documents(self, earlier: tuple[SigningDocument, ...]) -> tuple[SigningDocument, ...]:
        """The instrument edited here first, then any others as they were."""
        title = self.document_title.text().strip()
        first = SigningDocument(
            title,
            self.document_kind.value(),
            self.languages.languages(),
            self.originals.value(),
            translations=self.second.translations(earlier[0].translations if earlier else ()),
        )
        return ((first,) if title else ()) + earlier[1:]
