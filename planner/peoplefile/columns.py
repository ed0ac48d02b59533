"""Which field of a person a column holds, from its header, in English and Chinese.

Chinese lists name the same column in many ways. A heading that says its language
(“中文姓名”, “姓名（中文）”, “英文職稱”) is taken at its word. A plain Chinese heading (“姓名”,
“職稱”, “機關”, “簡稱”) is the person's field itself — in a list whose headings are all
Chinese, “姓名” holds “Hilda HEINE” — unless another column of the file names that field
explicitly in English (“英文姓名”, “Name”, “Title”): then the plain heading is the Chinese
text beside it, as in “姓名 | 英文姓名”.
"""

import re
import unicodedata
from enum import StrEnum


class PersonField(StrEnum):
    """What a column of the file can hold."""

    IGNORE = "ignore"
    FULL_NAME = "full name"
    GIVEN_NAME = "given name"
    FAMILY_NAME = "family name"
    NATIVE_NAME = "native name"
    CHINESE_NAME = "name in Chinese"
    HONORIFIC = "honorific"
    COURTESY = "courtesy title"
    TITLE = "title"
    CHINESE_TITLE = "title in Chinese"
    SHORT_TITLE = "short title"
    CHINESE_SHORT_TITLE = "short title in Chinese"
    ORGANIZATION = "organization"
    CHINESE_ORGANIZATION = "organization in Chinese"
    COUNTRY = "country"
    ROLE = "delegation role"
    PRECEDENCE = "precedence"
    EMAIL = "e-mail"
    PHONE = "phone"
    DIETARY = "dietary"
    MEDICAL = "medical"
    NOTES = "notes"


# The fields a Chinese text of which is kept beside them: a person's name (their native name
# when they write Chinese, else a translation), and the translatable texts of a person.
CHINESE_OF: dict[PersonField, PersonField] = {
    PersonField.FULL_NAME: PersonField.CHINESE_NAME,
    PersonField.TITLE: PersonField.CHINESE_TITLE,
    PersonField.SHORT_TITLE: PersonField.CHINESE_SHORT_TITLE,
    PersonField.ORGANIZATION: PersonField.CHINESE_ORGANIZATION,
}

# Plain Chinese headings of those fields (traditional and simplified): the field itself, or
# its Chinese text beside an English column of it.
PLAIN: dict[PersonField, tuple[str, ...]] = {
    PersonField.FULL_NAME: ("姓名", "全名"),
    PersonField.TITLE: (
        *("職稱", "职称", "職銜", "职衔", "職務", "职务", "職位", "职位", "現職", "现职"),
    ),
    PersonField.SHORT_TITLE: (
        *("簡稱", "简称", "簡稱職銜", "简称职衔", "職銜簡稱", "职衔简称"),
        *("簡稱職稱", "简称职称", "職稱簡稱", "职称简称"),
    ),
    PersonField.ORGANIZATION: (
        *("機關", "机关", "單位", "单位", "服務機關", "服务机关", "服務單位", "服务单位"),
        *("機構", "机构", "部會", "部会"),
    ),
}


def _marked(words: tuple[str, ...], *marks: str) -> tuple[str, ...]:
    """“英文職稱”, “職稱英文” (from “職稱（英文）”): a plain heading with its language said."""
    return tuple(w for word in words for mark in marks for w in (mark + word, word + mark))


ENGLISH_MARKS = ("英文", "英语", "英語", "english")
CHINESE_MARKS = ("中文", "華文", "华文", "chinese")

# Header words, compared without case, spaces or punctuation.
SYNONYMS: dict[PersonField, tuple[str, ...]] = {
    PersonField.FULL_NAME: (
        *("name", "fullname", "englishname", "romanisedname", "romanizedname"),
        *_marked(PLAIN[PersonField.FULL_NAME], *ENGLISH_MARKS),
        *("英文名", "英文名字"),
    ),
    PersonField.GIVEN_NAME: ("givenname", "firstname", "forename", "givennames", "名"),
    PersonField.FAMILY_NAME: ("familyname", "surname", "lastname", "姓"),
    PersonField.NATIVE_NAME: ("nativename", "namenativescript", "nameinnativescript"),
    PersonField.CHINESE_NAME: (
        *_marked(PLAIN[PersonField.FULL_NAME], *CHINESE_MARKS),
        *("中文名", "中文名字", "chinesename", "nameinchinese"),
    ),
    PersonField.HONORIFIC: ("honorific", "formofaddress", "尊稱", "尊称"),
    PersonField.COURTESY: (
        *("courtesy", "courtesytitle", "salutation", "prefix"),
        *("稱謂", "称谓", "稱呼", "称呼"),
    ),
    PersonField.TITLE: (
        *("title", "position", "post", "jobtitle", "designation"),
        *_marked(PLAIN[PersonField.TITLE], *ENGLISH_MARKS),
    ),
    PersonField.CHINESE_TITLE: (
        *_marked(PLAIN[PersonField.TITLE], *CHINESE_MARKS),
        *("chinesetitle", "titleinchinese", "positioninchinese"),
    ),
    PersonField.SHORT_TITLE: (
        *("shorttitle", "shortposition", "titleinaddress"),
        *_marked(PLAIN[PersonField.SHORT_TITLE], *ENGLISH_MARKS),
    ),
    PersonField.CHINESE_SHORT_TITLE: (
        *_marked(PLAIN[PersonField.SHORT_TITLE], *CHINESE_MARKS),
        *("chineseshorttitle", "shorttitleinchinese"),
    ),
    PersonField.ORGANIZATION: (
        *("organization", "organisation", "agency", "ministry", "department"),
        *_marked(PLAIN[PersonField.ORGANIZATION], *ENGLISH_MARKS),
    ),
    PersonField.CHINESE_ORGANIZATION: (
        *_marked(PLAIN[PersonField.ORGANIZATION], *CHINESE_MARKS),
        *("chineseorganization", "organizationinchinese", "organisationinchinese"),
    ),
    PersonField.COUNTRY: ("country", "nationality", "國籍", "国籍", "國家", "国家"),
    PersonField.ROLE: ("role", "delegationrole", "身分", "身份", "角色"),
    PersonField.PRECEDENCE: (
        "precedence",
        "order",
        "no",
        "number",
        "rank",
        "序號",
        "序号",
        "順序",
        "顺序",
        "編號",
        "编号",
    ),
    PersonField.EMAIL: ("email", "emailaddress", "mail", "電子郵件", "电子邮件", "電郵"),
    PersonField.PHONE: (
        "phone",
        "telephone",
        "mobile",
        "tel",
        "cell",
        "電話",
        "电话",
        "手機",
        "手机",
    ),
    PersonField.DIETARY: (
        "dietary",
        "diet",
        "dietaryrequirements",
        "dietaryneeds",
        "飲食",
        "饮食",
        "飲食需求",
        "飲食禁忌",
    ),
    PersonField.MEDICAL: ("medical", "medicalneeds", "health", "醫療", "医疗"),
    PersonField.NOTES: ("notes", "remarks", "comments", "備註", "备注", "說明"),
}


def header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\-_.:/()（）#*]+", "", folded) or ("no" if "#" in text else "")


# Headings that name the position: beside one of them, “Title” holds forms of address.
POSITION_WORDS = (
    *("position", "post", "jobtitle", "designation"),
    *_marked(PLAIN[PersonField.TITLE], *ENGLISH_MARKS),
)


def guess_mapping(headers: tuple[str, ...]) -> tuple[PersonField, ...]:
    """Each column's field, from its header; a field is taken by its first column only.

    Beside a “Position” column, a “Title” column holds forms of address (Mr., H.E.). A plain
    Chinese heading (“姓名”, “職稱”) is the field itself, or its Chinese text where another
    column names the field in English (“英文姓名”, “Title”).
    """
    keys = [header_key(h) if h.strip() != "#" else "no" for h in headers]
    has_position = any(key in POSITION_WORDS for key in keys)

    def english(key: str, field: PersonField) -> bool:
        return key in SYNONYMS[field] and not (has_position and key == "title")

    named_in_english = {f for f in CHINESE_OF if any(english(key, f) for key in keys)}
    taken: set[PersonField] = set()
    mapping = []
    for key in keys:
        if has_position and key == "title" and PersonField.HONORIFIC not in taken:
            guess = PersonField.HONORIFIC
        else:
            plain = next((f for f, words in PLAIN.items() if key in words), None)
            if plain is not None:
                guess = CHINESE_OF[plain] if plain in named_in_english else plain
            else:
                guess = next(
                    (f for f, words in SYNONYMS.items() if key in words and f not in taken),
                    PersonField.IGNORE,
                )
                if has_position and key == "title":
                    guess = PersonField.IGNORE
            if guess in taken:
                guess = PersonField.IGNORE
        if guess is not PersonField.IGNORE:
            taken.add(guess)
        mapping.append(guess)
    return tuple(mapping)


def looks_like_header(row: list[str]) -> bool:
    """A row that names at least two known columns (a title row above it does not)."""
    named = [
        f for f in guess_mapping(tuple(cell.strip() for cell in row)) if f is not PersonField.IGNORE
    ]
    return len(named) >= 2
