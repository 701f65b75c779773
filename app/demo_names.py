"""Name pools for the sample CRM: Latin (with accents), Cyrillic and Chinese. All fictional."""

from __future__ import annotations

# (given name, gender) — gender only picks the Russian family-name ending.
LATIN_GIVEN = [
    ("James", "m"), ("Mary", "f"), ("John", "m"), ("Patricia", "f"), ("Robert", "m"), ("Jennifer", "f"),
    ("Michael", "m"), ("Linda", "f"), ("William", "m"), ("Elizabeth", "f"), ("David", "m"), ("Susan", "f"),
    ("Thomas", "m"), ("Sarah", "f"), ("Émile", "m"), ("Zoë", "f"), ("José", "m"), ("Chloé", "f"),
    ("François", "m"), ("Jürgen", "m"), ("Björn", "m"), ("Søren", "m"), ("Lucía", "f"), ("Inés", "f"),
    ("Ana", "f"), ("Mateo", "m"), ("Léa", "f"), ("Noah", "m"), ("Emma", "f"), ("Olivia", "f"),
    ("Liam", "m"), ("Sofia", "f"), ("Lukas", "m"), ("Hannah", "f"), ("Matteo", "m"), ("Giulia", "f"),
]
LATIN_FAMILY = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Müller", "Schröder", "Dubois", "Lefèvre", "Núñez", "Ødegaard", "García", "Kowalski", "Nowak",
    "O'Brien", "Rossi", "Bianchi", "Janssen", "de Vries", "Fischer", "Weber", "Moreau", "Fontaine",
    "Andersson", "Nielsen", "Costa", "Silva", "Dvořák", "Horváth", "Łukasik", "Zieliński",
]
CYRILLIC_GIVEN = [
    ("Иван", "m"), ("Мария", "f"), ("Алексей", "m"), ("Ольга", "f"), ("Дмитрий", "m"), ("Елена", "f"),
    ("Сергей", "m"), ("Наталья", "f"), ("Андрей", "m"), ("Татьяна", "f"), ("Михаил", "m"), ("Анна", "f"),
    ("Пётр", "m"), ("Юлия", "f"), ("Николай", "m"), ("Светлана", "f"), ("Артём", "m"), ("Ксения", "f"),
]
CYRILLIC_FAMILY = [  # masculine forms; feminine adds "а"
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
    "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
]
CHINESE_FAMILY = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
]
CHINESE_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
    ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("小明", "xiaoming"), ("秀兰", "xiulan"),
    ("建华", "jianhua"), ("志强", "zhiqiang"), ("海燕", "haiyan"), ("晓东", "xiaodong"),
]
_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))


def transliterate(text: str) -> str:
    """Russian to Latin letters, for e-mail addresses of the sample data."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


COMPANY_BASES = {
    "latin": ["Acme", "Northwind", "Globex", "Initech", "Vandelay", "Bluebird", "Redwood", "Silverline",
              "Brightwater", "Ironbridge", "Lumen", "Quarry", "Harbor", "Pinecrest", "Stonefield", "Keystone",
              "Zephyr", "Orchid", "Falcon", "Meridian", "Crescent", "Evergreen", "Summit", "Nordlicht"],
    "cyrillic": ["Ромашка", "Вектор", "Север", "Альфа", "Техносфера", "Стройинвест", "Радуга", "Магистраль",
                 "Гранит", "Восход", "Меридиан", "Кедр"],
    "chinese": ["长城", "东方", "金龙", "天和", "恒远", "华南", "星辰", "瑞丰", "海天", "鸿运", "宏图", "明德"],
}
SECTORS = {
    "latin": [("Logistics", "Logistics"), ("Foods", "Food & beverage"), ("Software", "Software"),
              ("Consulting", "Consulting"), ("Manufacturing", "Manufacturing"), ("Health", "Healthcare"),
              ("Energy", "Energy"), ("Media", "Media"), ("Retail", "Retail"), ("Engineering", "Engineering")],
    "cyrillic": [("Логистика", "Logistics"), ("Продукты", "Food & beverage"), ("Софт", "Software"),
                 ("Консалтинг", "Consulting"), ("Завод", "Manufacturing"), ("Медицина", "Healthcare"),
                 ("Энерго", "Energy"), ("Торг", "Retail")],
    "chinese": [("物流", "Logistics"), ("食品", "Food & beverage"), ("软件", "Software"), ("咨询", "Consulting"),
                ("制造", "Manufacturing"), ("医疗", "Healthcare"), ("能源", "Energy"), ("贸易", "Retail")],
}
CITIES = {
    "latin": [("Springfield", "IL", "US"), ("Portland", "OR", "US"), ("Berlin", "", "DE"), ("Munich", "", "DE"),
              ("Lyon", "", "FR"), ("Madrid", "", "ES"), ("Milan", "", "IT"), ("Oslo", "", "NO"),
              ("Kraków", "", "PL"), ("Dublin", "", "IE")],
    "cyrillic": [("Москва", "", "RU"), ("Санкт-Петербург", "", "RU"), ("Казань", "", "RU"),
                 ("Новосибирск", "", "RU"), ("Екатеринбург", "", "RU")],
    "chinese": [("北京", "", "CN"), ("上海", "", "CN"), ("广州", "", "CN"), ("深圳", "", "CN"), ("杭州", "", "CN")],
}
STREETS = {
    "latin": ["Main Street", "Oak Avenue", "Hauptstraße", "Rue de la Paix", "Calle Mayor", "Via Roma",
              "Market Street", "Bahnhofstraße"],
    "cyrillic": ["ул. Ленина", "Невский пр.", "ул. Садовая", "ул. Гагарина", "пр. Мира"],
    "chinese": ["长安街", "南京路", "中山路", "解放路", "人民路"],
}
COMPANY_FORM = {"latin": ["Inc.", "Ltd", "GmbH", "SA", "LLC"], "cyrillic": ["ООО", "АО"], "chinese": ["有限公司"]}
CURRENCY = {"latin": ["USD", "EUR", "EUR", "GBP"], "cyrillic": ["RUB"], "chinese": ["CNY"]}
PHONE = {  # country code, national number length, region for formatting
    "latin": [("1", 10), ("49", 10), ("33", 9), ("34", 9), ("39", 10)],
    "cyrillic": [("7", 10)],
    "chinese": [("86", 11)],
}
JOB_TITLES = ["CEO", "CTO", "Head of Sales", "Buyer", "Office Manager", "Project Manager", "Engineer",
              "Procurement Lead", "CFO", "Marketing Director", "Operations Manager", "Consultant"]
DEPARTMENTS = ["Sales", "Purchasing", "IT", "Finance", "Marketing", "Operations", ""]
PRODUCTS = {
    "latin": ["Annual licence", "Onboarding package", "Support renewal", "Pilot project", "Hardware refresh",
              "Consulting retainer", "Training days", "Cloud migration"],
    "cyrillic": ["Поставка оборудования", "Годовая лицензия", "Внедрение CRM", "Техподдержка", "Обучение"],
    "chinese": ["年度服务合同", "设备采购", "软件许可", "技术支持", "培训项目"],
}
LEAD_SOURCES = ["Website", "Referral", "Trade fair", "Cold call", "Newsletter", "Partner"]
OWNERS = ["Alex", "Sam", "Jordan", "Robin", "Kim"]
LOST_REASONS = ["Price too high", "Chose a competitor", "No budget this year", "No decision", "Timing"]
CALL_NOTES = [
    "Discussed pricing for next quarter; wants a revised quote.",
    "Left a voicemail, will try again on Thursday.",
    "Talked through the onboarding plan. Positive.",
    "Asked for references from similar customers.",
    "Обсудили сроки поставки, ждут счёт.",
    "Клиент просит скидку 10 %.",
    "讨论了合同细节，客户下周回复。",
    "客户对价格满意，需要技术演示。",
]
MEETING_SUBJECTS = ["Quarterly review", "Product demo", "Kick-off meeting", "Contract negotiation",
                    "Встреча в офисе клиента", "现场演示"]
NOTE_TEXTS = [
    "Prefers e-mail over phone. Decision maker is the CFO.",
    "Budget approved in March; procurement takes six weeks.",
    "Met at the trade fair in Hanover.",
    "Предпочитает звонки после 15:00.",
    "对售后服务要求很高。",
]
TASK_TITLES = ["Send revised quote", "Call back about the contract", "Prepare demo", "Follow up on invoice",
               "Book on-site visit", "Отправить коммерческое предложение", "准备演示材料"]
TAGS = ["VIP", "Newsletter", "Partner", "Reseller", "Conference 2026"]
