"""The signing section of a programme item: the instruments signed, each with its languages
and originals, and each signatory — who, for which country, by what authority — chosen in the
section itself."""

from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QPaintEvent
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
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
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
        self.setMenu(QMenu(self))
        self.set_languages(chosen)

    def languages(self) -> tuple[str, ...]:
        return tuple(self.chosen)

    def set_languages(self, chosen: tuple[str, ...]) -> None:
        """Show another instrument's languages: those first, then the usual ones."""
        self.chosen = list(chosen)
        menu = self.menu()
        menu.clear()
        for tag in self.chosen + [t for t in LANGUAGES if t not in chosen]:
            action = menu.addAction(places.language_label(tag))
            action.setCheckable(True)
            action.setChecked(tag in chosen)
            action.setData(tag)
            action.toggled.connect(lambda on, tag=tag: self._toggle(tag, on))
        self._show()

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


class InstrumentChooser(QComboBox):
    """The instruments by number and title; a title too long for the box ends in "…" rather
    than being cut off, and the list shows it whole."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class InstrumentEditor(QWidget):
    """The instruments signed at the ceremony (a letter of intent, then an MOU), one shown at a
    time in the same fields; what is typed into one is kept while another is shown. An
    instrument added takes the languages and originals of the one shown."""

    def __init__(
        self,
        languages: tuple[str, ...],
        documents: tuple[SigningDocument, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts: list[SigningDocument] = list(documents) or [self._blank(("en",), 2)]
        self._shown: int | None = None  # the draft the fields hold, once they hold one
        self._build_chooser()
        self._build_fields(languages)
        self._lay_out()
        self._list(0)
        self.chooser.currentIndexChanged.connect(self._show_instrument)
        self.document_title.textChanged.connect(self._title_typed)
        self.add_button.clicked.connect(self.add_instrument)
        self.remove_button.clicked.connect(self.remove_instrument)

    def _build_chooser(self) -> None:
        self.chooser = InstrumentChooser()
        self.chooser.setAccessibleName(self.tr("Instrument"))
        self.chooser.setToolTip(self.tr("The instrument edited below"))
        # A long title must not widen the dialog: the list shows it whole when opened.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        self.add_button = QPushButton(self.tr("Add instrument"))
        self.remove_button = QPushButton(self.tr("Remove instrument"))

    def _build_fields(self, languages: tuple[str, ...]) -> None:
        # The fields' words were the section's before its instruments had a class of their
        # own: they keep the section's context, and so their translations.
        title = QCoreApplication.translate("SigningSection", "Title of the instrument")
        self.document_title = QLineEdit()
        self.document_title.setPlaceholderText(title)
        self.second = SecondTexts(languages)
        self.second_title = self.second.register("title", title, QLineEdit())
        if self.second.language is not None:
            words = in_language(title, self.second.language, languages)
            self.second_title.setPlaceholderText(words)
            self.second_title.setToolTip(words)
        self.document_kind = ChoiceBox(DocumentKind, labels(DocumentKind))
        self.languages = LanguageButton(self.drafts[0].languages)
        self.originals = QSpinBox()
        self.originals.setRange(1, 20)
        self.originals.setSuffix(QCoreApplication.translate("SigningSection", " originals"))
        self.originals.setToolTip(
            QCoreApplication.translate(
                "SigningSection", "How many originals are signed: one for each party to keep"
            )
        )

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(self.chooser, 1)
        chooser.addWidget(self.add_button)
        chooser.addWidget(self.remove_button)
        layout.addLayout(chooser)
        # The two titles side by side keep the item dialog within a laptop's screen.
        titles = QHBoxLayout()
        titles.addWidget(self.document_title, 1)
        titles.addWidget(self.second_title, 1)
        layout.addLayout(titles)
        self.second_title.setVisible(self.second.language is not None)
        row = QHBoxLayout()
        row.addWidget(self.document_kind, 1)
        row.addWidget(self.languages, 1)
        row.addWidget(self.originals)
        layout.addLayout(row)

    def reading_order(self) -> tuple[QWidget, ...]:
        return (
            self.chooser,
            self.add_button,
            self.remove_button,
            self.document_title,
            self.second_title,
            self.document_kind,
            self.languages,
            self.originals,
        )

    @staticmethod
    def _blank(languages: tuple[str, ...], copies: int) -> SigningDocument:
        return SigningDocument("", DocumentKind.MOU, languages, copies)

    def _entry(self, row: int, title: str | None = None) -> str:
        """The chooser's words for an instrument: `2. Memorandum of Understanding`."""
        title = (self.drafts[row].title if title is None else title).strip()
        return self.tr("{number}. {title}").format(
            number=row + 1, title=title or self.tr("(no title yet)")
        )

    def _list(self, current: int) -> None:
        """Number the instruments afresh in the chooser and show the `current` one."""
        with QSignalBlocker(self.chooser):
            self.chooser.clear()
            self.chooser.addItems([self._entry(row) for row in range(len(self.drafts))])
            self.chooser.setCurrentIndex(current)
        self._show_instrument(current)

    def _keep_shown(self) -> None:
        """What the fields hold becomes the shown instrument's; its translations in other
        languages than the one edited here stay as they were."""
        if self._shown is None:
            return
        before = self.drafts[self._shown]
        self.drafts[self._shown] = SigningDocument(
            self.document_title.text().strip(),
            self.document_kind.value(),
            self.languages.languages(),
            self.originals.value(),
            translations=self.second.translations(before.translations),
        )

    @Slot(int)
    def _show_instrument(self, row: int) -> None:
        self._keep_shown()
        self._shown = row
        document = self.drafts[row]
        self.document_title.setText(document.title)
        self.second.show(document)
        self.document_kind.set_value(document.kind)
        self.languages.set_languages(document.languages)
        self.originals.setValue(document.copies)
        self._offer_removal()

    @Slot(str)
    def _title_typed(self, title: str) -> None:
        if self._shown is not None:
            self.chooser.setItemText(self._shown, self._entry(self._shown, title))
        self._offer_removal()

    def _offer_removal(self) -> None:
        """One instrument left, and blank, is no instrument: nothing to remove."""
        something = len(self.drafts) > 1 or bool(self.document_title.text().strip())
        self.remove_button.setEnabled(something)

    @Slot()
    def add_instrument(self) -> None:
        """Another instrument, shown for its title to be typed."""
        self._keep_shown()
        shown = self.drafts[self._shown or 0]
        self.drafts.append(self._blank(shown.languages, shown.copies))
        self.chooser.addItem(self._entry(len(self.drafts) - 1))
        self.chooser.setCurrentIndex(len(self.drafts) - 1)
        self.document_title.setFocus()

    @Slot()
    def remove_instrument(self) -> None:
        """The shown instrument is not signed after all; the next one is shown (a blank one
        when it was the only one)."""
        row = self.chooser.currentIndex()
        removed = self.drafts.pop(row)
        self._shown = None  # what the fields hold goes with it
        if not self.drafts:
            self.drafts.append(self._blank(removed.languages, removed.copies))
        self._list(min(row, len(self.drafts) - 1))

    def documents(self) -> tuple[SigningDocument, ...]:
        """The instruments in the order listed; one without a title is none."""
        self._keep_shown()
        return tuple(document for document in self.drafts if document.title)


class SigningSection(QGroupBox):
    """The instruments and who signs them.

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
        self.instruments = InstrumentEditor(plan.visit.languages, signing.documents)
        # The shown instrument's fields, by the names the item dialog knows them.
        self.document_title = self.instruments.document_title
        self.second_title = self.instruments.second_title
        self.languages = self.instruments.languages
        self.originals = self.instruments.originals
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
        layout.addWidget(self.instruments)
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
            *self.instruments.reading_order(),
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

    def documents(self) -> tuple[SigningDocument, ...]:
        """The instruments as listed here; one without a title is dropped."""
        return self.instruments.documents()
